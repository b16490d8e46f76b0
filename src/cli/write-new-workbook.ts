import { TargetExistsError, writeFileAtomically } from "../xlsx/write-file-atomically";
import { CliUsageError } from "./cli-usage-error";
import { checkOutputs } from "./output-paths";

/**
 * Writes a workbook the CLI makes from nothing (`template`, `example`): the path is checked before
 * the workbook is built, and without `force` a file already there is refused, also one that
 * appears while the workbook is being built (the final step only creates, never replaces).
 */
export async function writeNewWorkbook(out: string, force: boolean, bytes: () => Promise<Uint8Array>): Promise<void> {
  await checkOutputs(undefined, [out], { mustNotExist: !force });
  try {
    await writeFileAtomically(out, await bytes(), { replace: force });
  } catch (error) {
    if (error instanceof TargetExistsError) throw new CliUsageError("exists", { file: out });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new CliUsageError("writeFailed", { file: out, reason: code });
    throw error;
  }
}
