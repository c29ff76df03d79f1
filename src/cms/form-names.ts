/** The names of the entry form's own fields, never written into an entry's front matter; lower case, as Decap reads a path template. */
export const HELPER_FIELDS = { fileName: "filename", fileYear: "fileyear", newSums: "newSums", newStages: "newStages" } as const;

/** The custom file format the admin page registers: entries written exactly as `npm run new` writes them. */
export const ENTRY_FORMAT = "report-entry";
