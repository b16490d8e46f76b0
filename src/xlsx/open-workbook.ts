import ExcelJS from "exceljs";
import { fileKind } from "./file-kind";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";

/** Throws `UnreadableWorkbookError` unless the bytes look like an .xlsx (a zip) at all. */
export function assertXlsx(bytes: Uint8Array, file: string): void {
  const kind = fileKind(bytes);
  if (kind === "empty") throw new UnreadableWorkbookError("empty-file", file);
  if (kind === "encrypted") throw new UnreadableWorkbookError("encrypted", file);
  if (kind === "compound") throw new UnreadableWorkbookError("old-xls", file);
  if (kind === "text") throw new UnreadableWorkbookError("csv", file);
  if (kind !== "zip") throw new UnreadableWorkbookError("not-xlsx", file);
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
  assertXlsx(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw corrupt(file, error);
  }
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError("no-sheets", file);
  return workbook;
}
