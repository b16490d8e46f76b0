import ExcelJS from "exceljs";
import { fileKind } from "./file-kind";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";

/**
 * Loads an .xlsx file's bytes with ExcelJS, or throws `UnreadableWorkbookError` with a reason a
 * user can act on (issue: bad files give exit 2 and a one-line message).
 */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const kind = fileKind(bytes);
  if (kind === "empty") throw new UnreadableWorkbookError("empty-file", file);
  if (kind === "encrypted") throw new UnreadableWorkbookError("encrypted", file);
  if (kind === "compound") throw new UnreadableWorkbookError("old-xls", file);
  if (kind === "text") throw new UnreadableWorkbookError("csv", file);
  if (kind !== "zip") throw new UnreadableWorkbookError("not-xlsx", file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError("corrupt", file, error instanceof Error ? firstLine(error.message) : undefined);
  }
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError("no-sheets", file);
  return workbook;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 160);
}
