import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite lets a second process open a data folder that another is using,
 * and the two then corrupt it. Every opener (the server, the CLI) therefore
 * takes this lock: a file holding the owner's pid. A lock whose process is
 * gone (kill -9, a crash) is taken over.
 */
export const LOCK_FILE = "parallax.lock";

export class DataDirInUseError extends Error {
  readonly code = "data_dir_in_use";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Parallax process (pid ${pid}). ` +
        "Stop the server first (PGlite allows one process per data folder), " +
        `or, if no such process is running, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = "DataDirInUseError";
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock or throws DataDirInUseError; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  try {
    const fd = openSync(file, "wx");
    writeFileSync(fd, `${process.pid}\n`);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    if (alive(holder)) throw new DataDirInUseError(dataDir, holder);
    writeFileSync(file, `${process.pid}\n`);
  }
  return () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}
