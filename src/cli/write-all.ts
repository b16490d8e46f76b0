import { type StagedFile, stageFile } from "../xlsx/write-file-atomically";
import { CliUsageError } from "./cli-usage-error";

/** An output file and what makes its content (made only when it is written). */
export type OutputFile = readonly [target: string, content: () => Promise<Uint8Array | string | Iterable<string> | Iterable<Uint8Array>>];

/**
 * Writes every output under a temporary name first and renames them only when all are written,
 * so a failure while writing (a full disk) leaves none of them, and never a temporary file.
 */
export async function writeAll(outputs: readonly OutputFile[]): Promise<void> {
  const staged: StagedFile[] = [];
  let current = "";
  try {
    for (const [target, content] of outputs) {
      current = target;
      staged.push(await stageFile(target, await content()));
    }
    for (const file of staged) {
      current = file.target;
      await file.commit();
    }
  } catch (error) {
    await Promise.all(staged.map((file) => file.discard()));
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new CliUsageError("writeFailed", { file: current, reason: code });
    throw error;
  }
}
