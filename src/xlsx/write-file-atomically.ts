import { randomBytes } from "node:crypto";
import { promises as fs, rmSync } from "node:fs";
import * as path from "node:path";

/** Temporary files not yet renamed into place, so every exit path can remove them. */
const pending = new Set<string>();

/** A file written under a temporary name beside its target, waiting to be put in place. */
export interface StagedFile {
  readonly target: string;
  /** Puts the file in place: replaces the target, or (with `replace: false`) only creates it. */
  readonly commit: () => Promise<void>;
  /** Removes the temporary file (does nothing once committed). */
  readonly discard: () => Promise<void>;
}

/** Thrown by `commit` with `replace: false` when the target appeared meanwhile. */
export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists`);
    this.name = "TargetExistsError";
  }
}

/**
 * Writes the bytes to a new temporary file in the target's folder. The name is random and the
 * file is created exclusively (`wx`: it fails rather than follow anything already there, a planted
 * symbolic link included), so no one can predict it or redirect the write (issue 10).
 */
export async function stageFile(target: string, bytes: Uint8Array | string | Iterable<string> | Iterable<Uint8Array>, options: { replace?: boolean } = {}): Promise<StagedFile> {
  const folder = path.dirname(path.resolve(target));
  let temporary = "";
  let handle: fs.FileHandle | undefined;
  for (let attempt = 0; handle === undefined; attempt++) {
    temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(12).toString("hex")}.tmp`);
    try {
      handle = await fs.open(temporary, "wx", 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 8) throw error;
    }
  }
  pending.add(temporary);
  const discard = async () => {
    if (!pending.delete(temporary)) return;
    await fs.rm(temporary, { force: true });
  };
  try {
    // fs.writeFile takes the pieces of an iterable one by one (a large JSON document never stands whole).
    await fs.writeFile(handle, bytes);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await discard();
    throw error;
  }
  await handle.close();
  const commit = async () => {
    try {
      if (options.replace === false) {
        await createOnly(temporary, target);
      } else {
        await fs.rename(temporary, target);
        pending.delete(temporary);
      }
    } finally {
      // After a link the temporary name is a second name of the target: remove that name.
      await discard();
    }
  };
  return { target, commit, discard };
}

/**
 * Puts the temporary file at the target only if nothing is there: a hard link fails when the
 * target exists, with no moment in between. Where links are not supported, a check then a rename.
 */
async function createOnly(temporary: string, target: string): Promise<void> {
  try {
    await fs.link(temporary, target);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new TargetExistsError(target);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
  }
  if (await fs.lstat(target).then(() => true, () => false)) throw new TargetExistsError(target);
  await fs.rename(temporary, target);
}

/**
 * Writes a file atomically: to a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written report, and no temporary file stays behind.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string, options: { replace?: boolean } = {}): Promise<void> {
  await (await stageFile(target, bytes, options)).commit();
}

/**
 * Removes every temporary file still waiting, synchronously: for a signal or `process.exit`, when
 * no promise will run again.
 */
export function removePendingFiles(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}
