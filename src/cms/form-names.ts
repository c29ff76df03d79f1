/** The names of the entry form's own fields, which are never written into an entry's front matter. */
export const HELPER_FIELDS = { fileName: "fileName", fileYear: "fileYear", newSums: "newSums" } as const;

/** The custom file format the admin page registers: entries written exactly as `npm run new` writes them. */
export const ENTRY_FORMAT = "report-entry";
