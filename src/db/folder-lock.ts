/**
 * An exclusive lock on an embedded (PGlite) data folder. PGlite is a single-process database:
 * two processes writing one folder lose data and corrupt indexes, so the second one is refused.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** The lock file's name inside the data folder; it holds the owner's pid. */
export const LOCK_FILE = "kg.lock";

/** The data folder is held by another live process. */
export class DatabaseLockedError extends Error {
  readonly code = "DATABASE_LOCKED";
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `DATABASE_LOCKED: the data folder ${dataDir} is in use by process ${holderPid} ` +
        "(an embedded database has one process at a time); stop that process, or use Postgres " +
        "(DATABASE_URL) for several processes",
    );
    this.name = "DatabaseLockedError";
  }
}

/** A held lock; `release` is idempotent. */
export interface FolderLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the folder's lock or throws DatabaseLockedError naming the holder. A lock left by a
 * process that no longer runs (kill -9, power loss) is taken over.
 */
export function lockDataFolder(dataDir: string): FolderLock {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off("exit", release);
        // Only remove our own lock, never one a successor took over.
        if (readHolder(lockPath) === process.pid) unlinkSync(lockPath);
      };
      process.on("exit", release);
      return { release };
    }
    const holder = readHolder(lockPath);
    if (holder !== undefined && isAlive(holder)) throw new DatabaseLockedError(dataDir, holder);
    // An empty file may be a lock being written right now: look again shortly.
    if (holder === undefined) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (holder !== undefined) {
      // Stale: move it aside under a unique name (atomic), so two processes taking over the same
      // stale lock cannot remove each other's fresh one; then check we moved the stale one.
      const aside = `${lockPath}.stale-${process.pid}`;
      try {
        renameSync(lockPath, aside);
      } catch {
        continue;
      }
      const moved = readHolder(aside);
      if (moved !== holder && moved !== undefined && isAlive(moved)) {
        // We moved a live process's fresh lock: put it back and report it.
        renameSync(aside, lockPath);
        throw new DatabaseLockedError(dataDir, moved);
      }
      unlinkSync(aside);
    }
  }
  const holder = readHolder(lockPath);
  throw new DatabaseLockedError(dataDir, holder ?? 0);
}
