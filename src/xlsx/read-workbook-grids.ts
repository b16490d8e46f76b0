import type { SheetGrid } from "../workbook/raw-cell";
import { openWorkbook } from "./open-workbook";
import { sheetGrids } from "./sheet-grids";

/**
 * The one door through which .xlsx bytes become the raw grids the engine reads (CLI, browser
 * auditor, task pane file choosers, tests). Throws `UnreadableWorkbookError` for a file the audit
 * cannot read.
 */
export async function readWorkbookGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  return sheetGrids(await openWorkbook(bytes, file));
}
