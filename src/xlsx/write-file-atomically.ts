import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Writes a file atomically: to a temporary file beside the target, then a rename, so an
 * interrupted run never leaves a half-written report.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
