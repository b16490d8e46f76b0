import type { SheetGrid } from "../workbook/raw-cell";
import { readXlsx } from "./read-xlsx";

/**
 * The one door through which .xlsx bytes become the raw grids the engine reads (CLI, browser
 * auditor, task pane file choosers, tests). Throws `UnreadableWorkbookError` for a file the audit
 * cannot read.
 */
export async function readWorkbookGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  return (await readXlsx(bytes, file)).sheets;
}
