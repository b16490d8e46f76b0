import ExcelJS from "exceljs";
import { fileKind } from "./file-kind";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";
import { MAX_UNPACKED_BYTES, zipEntries } from "./zip-entries";

/**
 * Throws `UnreadableWorkbookError` unless the bytes are an .xlsx the audit can read: a zip (not an
 * old .xls, an encrypted workbook or a CSV), readable, with a workbook part that is not binary
 * (.xlsb), declaring no more than `MAX_UNPACKED_BYTES` unpacked.
 */
export async function assertXlsx(bytes: Uint8Array, file: string): Promise<void> {
  const kind = fileKind(bytes);
  if (kind === "empty") throw new UnreadableWorkbookError("empty-file", file);
  if (kind === "encrypted") throw new UnreadableWorkbookError("encrypted", file);
  if (kind === "compound") throw new UnreadableWorkbookError("old-xls", file);
  if (kind === "text") throw new UnreadableWorkbookError("csv", file);
  if (kind !== "zip") throw new UnreadableWorkbookError("not-xlsx", file);
  const entries = await zipEntries(bytes);
  if (!entries) throw new UnreadableWorkbookError("corrupt", file);
  if (entries.some((entry) => entry.name === "xl/workbook.bin")) throw new UnreadableWorkbookError("xlsb", file);
  // LibreOffice's own format: a zip too, with a `mimetype` and a `content.xml` (issue 10: say how to convert).
  if (entries.some((entry) => entry.name === "content.xml") && entries.some((entry) => entry.name === "mimetype")) throw new UnreadableWorkbookError("ods", file);
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) throw new UnreadableWorkbookError("not-xlsx", file);
  if (entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0) > MAX_UNPACKED_BYTES) throw new UnreadableWorkbookError("too-large", file);
}

/** A failure inside ExcelJS, as the one-line reason a user can act on. */
export function corrupt(file: string, error: unknown): UnreadableWorkbookError {
  const detail = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 160) : undefined;
  return new UnreadableWorkbookError("corrupt", file, detail);
}

/**
 * Loads a whole .xlsx with ExcelJS (needed to copy its sheets into a report), or throws
 * `UnreadableWorkbookError` (issue: bad files give exit 2 and a one-line message).
 */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  await assertXlsx(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw corrupt(file, error);
  }
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError("no-sheets", file);
  return workbook;
}
