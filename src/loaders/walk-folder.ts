import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { fileStamp } from "./file-stamp.ts";

/** One thing found in a record folder, by what it really is; nothing is opened to find out. */
export type FolderItem =
  /** `stamp`: what the file was when listed (file-stamp.ts), what a link leads to for a link. */
  | { kind: "file"; file: string; name: string; depth: number; stamp: string }
  | { kind: "folder"; file: string; name: string; depth: number }
  | { kind: "other"; file: string; name: string; depth: number; what: string }
  | { kind: "outside"; file: string; name: string; depth: number };

const isInside = (parent: string, child: string) => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/** What a non-regular file is, in an editor's words. */
function describe(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "something other than a file or folder";
}

/**
 * Every file and folder under `folder` (project-relative, forward slashes), classified with
 * lstat, so a named pipe is never opened (reading one waits forever) and a symbolic link counts as
 * what it leads to only when that is inside the project; one leading outside is reported, never
 * followed. Folders are listed, and walked when `enter` says so.
 */
export function walkFolder(root: string, folder: string, enter: (item: FolderItem) => boolean): FolderItem[] {
  const items: FolderItem[] = [];
  const project = realpathSync(root);
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(path.join(root, dir)).sort()) {
      const file = path.posix.join(dir, name);
      const absolute = path.join(root, file);
      let info = lstatSync(absolute);
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          items.push({ kind: "other", file, name, depth, what: "a link to nothing (what it pointed to was moved or deleted)" });
          continue;
        }
        if (!isInside(project, target)) {
          items.push({ kind: "outside", file, name, depth });
          continue;
        }
        info = statSync(target);
        // A link to a folder could lead round in a circle; record folders hold real folders.
        if (info.isDirectory()) {
          items.push({ kind: "other", file, name, depth, what: "a link to a folder" });
          continue;
        }
      }
      if (info.isDirectory()) {
        const item: FolderItem = { kind: "folder", file, name, depth };
        items.push(item);
        if (enter(item)) walk(file, depth + 1);
      } else if (info.isFile()) items.push({ kind: "file", file, name, depth, stamp: fileStamp(info) });
      else items.push({ kind: "other", file, name, depth, what: describe(info) });
    }
  };
  // The folder itself may be a link; one leading outside the project is not read at all.
  if (lstatSync(path.join(root, folder)).isSymbolicLink() && !isInside(project, realpathSync(path.join(root, folder)))) {
    return [{ kind: "outside", file: folder, name: path.basename(folder), depth: -1 }];
  }
  walk(folder, 0);
  return items;
}
