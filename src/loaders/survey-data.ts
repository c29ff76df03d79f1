import path from "node:path";
import type { Problem } from "../problems/problem.ts";
import { walkFolder, type FolderItem } from "./walk-folder.ts";

/** Problems with what is in data/, and the data files that must not be read because of them. */
export interface DataSurvey {
  problems: Problem[];
  /** What is there but must not be read: a data file that is a folder, a pipe or a link outside, or anything refused in data/sources/. */
  refused: Set<string>;
}

const at = (file: string, message: string): Problem => ({ file, line: 1, column: 1, field: "", message });

/**
 * Checks data/ without opening anything: each known data file must be a regular file in the
 * project (not a folder, a named pipe or a link leading outside), and any other file directly in
 * data/ is refused, since nothing else there is ever read. Files in subfolders must be regular files too.
 * @example surveyData(root, ["data/site.json", "data/funding.json"])
 */
export function surveyData(root: string, known: readonly string[], dataDir = "data"): DataSurvey {
  const problems: Problem[] = [];
  const refused = new Set<string>();
  let items: FolderItem[];
  try {
    items = walkFolder(root, dataDir, () => true);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A missing data/ shows as each data file missing, which says what to add.
    if (code === "ENOENT") return { problems, refused };
    if (code === "ENOTDIR") return { problems: [at(dataDir, "this is a file, not a folder (expected the folder of data files)")], refused: new Set(known) };
    throw error;
  }
  const expected = known.map((file) => path.posix.basename(file)).join(", ");
  for (const item of items) {
    const isKnown = known.includes(item.file);
    const refuse = (message: string) => {
      problems.push(at(item.file, message));
      // The sources are read by listing their folder, so every refused path is kept, known or not.
      refused.add(item.file);
    };
    if (item.kind === "outside") {
      if (item.depth === -1) for (const file of known) refused.add(file);
      refuse("this is a link to a file outside the project, which is never read; put the file itself here");
    } else if (item.kind === "other") refuse(`this is ${item.what}, not a file; ${isKnown ? "put the data file itself here" : "delete it"}`);
    else if (item.kind === "folder") {
      if (isKnown) refuse("this is a folder, not a file; put the data file itself here");
    } else if (!isKnown && item.depth === 0) {
      refuse(`this is not one of the record's data files, and nothing else in data/ is ever read (expected only ${expected}); delete it or move it out`);
    }
  }
  return { problems, refused };
}
