/**
 * What changes whenever a file is written: its inode, size, modification and change times. Any
 * write changes ctime, even when a tool restores the modification time.
 */
export const fileStamp = (info: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string => `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;

/** When the file a stamp was taken of last changed (its ctime, in milliseconds since 1970). */
export const stampChangedAt = (stamp: string): number => Number(stamp.slice(stamp.lastIndexOf(":") + 1));
