import type { Problem } from "../problems/problem.ts";
import { walkFolder, type FolderItem } from "./walk-folder.ts";

/** The entry files under content/, and a problem for everything else found there. */
export interface ContentSurvey {
  files: string[];
  problems: Problem[];
  /** Each entry file's stamp as listed (file-stamp.ts): taken before it is read, so a later write is never missed. */
  stamps: Map<string, string>;
}

const YEAR_FOLDER = /^\d{4}$/;
/** Spellings of Markdown that are not `.md`: `.MD`, `.Md`, `.markdown`, `.mdown`, `.mkd`. */
const OTHER_MARKDOWN = /\.(md|markdown|mdown|mkdn|mkd)$/i;
const DATED = /^(\d{4})-\d{2}-\d{2}-/;
const WHAT_BELONGS = "content/ holds only entries: Markdown files named like 2014-11-10-short-title.md, each in the folder of its year (content/2014/)";

const at = (file: string, message: string): Problem => ({ file, line: 1, column: 1, field: "", message });

/** The problem with one thing in content/ that is not an entry file, or nothing when it is one. */
function problemWith(item: FolderItem, contentDir: string): Problem | undefined {
  const { file, name, depth } = item;
  if (item.kind === "outside") return at(file, `this is a link to a file outside the project, which is never read; put the file itself here. ${WHAT_BELONGS}`);
  if (item.kind === "other") return at(file, `this is ${item.what}, not a file; delete it. ${WHAT_BELONGS}`);
  if (item.kind === "folder") {
    if (OTHER_MARKDOWN.test(name)) return at(file, `this is a folder named like an entry; entries are files. ${WHAT_BELONGS}`);
    if (depth === 0 && YEAR_FOLDER.test(name)) return undefined;
    return at(file, `this folder is not a year folder; move its entries to content/YEAR/ and delete it. ${WHAT_BELONGS}`);
  }
  const year = DATED.exec(name)?.[1];
  const rightFolder = year ? `${contentDir}/${year}/` : undefined;
  if (!name.endsWith(".md")) {
    if (OTHER_MARKDOWN.test(name)) return at(file, `an entry's file name must end in .md, in lower case (rename it to ${name.replace(OTHER_MARKDOWN, ".md")})`);
    return at(file, `this is not an entry, and nothing else in content/ is ever read or published (templates, data and other files are refused); delete it or move it out. ${WHAT_BELONGS}`);
  }
  if (name.startsWith(".")) return at(file, `a hidden file is not an entry; delete it. ${WHAT_BELONGS}`);
  if (depth === 0) {
    return at(file, `an entry must be in the folder of its year (move it to ${rightFolder ?? `${contentDir}/YEAR/`}). ${WHAT_BELONGS}`);
  }
  const folderYear = file.split("/")[1];
  if (year && folderYear !== year) return at(file, `this entry is dated ${year} but is in ${contentDir}/${folderYear}/; move it to ${rightFolder}`);
  return undefined;
}

/**
 * Everything under content/ (or `contentDir`), sorted into entry files and problems: any other
 * file type, template language or data file, folders other than year folders, folders named like
 * entries, pipes and other non-files, links leading outside the project, entries outside their
 * year folder, and `.MD`/`.markdown` spellings. Nothing is opened.
 * @example surveyContent(root) // { files: ["content/2014/2014-11-10-cabinet-decides.md"], problems: [] }
 */
export function surveyContent(root: string, contentDir = "content"): ContentSurvey {
  let items: FolderItem[];
  try {
    items = walkFolder(root, contentDir, (item) => item.depth === 0 && YEAR_FOLDER.test(item.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { files: [], stamps: new Map(), problems: [at(contentDir, "the content folder is missing (expected a folder of entries, even an empty one)")] };
    if (code === "ENOTDIR") return { files: [], stamps: new Map(), problems: [at(contentDir, "this is a file, not a folder (expected a folder of entries)")] };
    throw error;
  }
  const files: string[] = [];
  const problems: Problem[] = [];
  const stamps = new Map<string, string>();
  for (const item of items) {
    const problem = problemWith(item, contentDir);
    if (problem) problems.push(problem);
    else if (item.kind === "file") {
      files.push(item.file);
      stamps.set(item.file, item.stamp);
    }
  }
  return { files: files.sort(), problems, stamps };
}
