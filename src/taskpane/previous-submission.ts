import type { Language } from "../domain/number-format";
import type { SheetGrid } from "../workbook/raw-cell";
import { readWorkbookGrids } from "../xlsx/read-workbook-grids";
import { UnreadableWorkbookError } from "../xlsx/unreadable-workbook-error";

/**
 * The pane's reader for a previous submission: the same door as the browser auditor and the CLI,
 * loaded as its own chunk only when a file is chosen, so the task pane stays small. The bytes come
 * from a FileReader in the pane; nothing is uploaded. A file it cannot read is said in words.
 */
export async function readPreviousSubmission(bytes: Uint8Array, file: string, language: Language): Promise<SheetGrid[]> {
  try {
    return await readWorkbookGrids(bytes, file);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new Error(error.text(language));
    throw error;
  }
}
