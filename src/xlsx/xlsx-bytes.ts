import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { DataSheet } from "../workbook/data-sheet";
import { writeDataSheet } from "./write-data-sheet";

/** A new workbook holding the given input sheets, each as an Excel table. */
export function workbookOf(sheets: readonly DataSheet[], options: { validations: boolean }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Resultatrevision";
  // A fixed date keeps the same input giving the same file (ExcelJS stamps "now" otherwise).
  workbook.created = workbook.modified = new Date(Date.UTC(2000, 0, 1));
  for (const sheet of sheets) writeDataSheet(workbook, sheet, options);
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * The workbook as .xlsx bytes that are the same on every run: ExcelJS stamps each zip entry
 * with the current time, so the entries are re-stamped with a fixed date. Used where the same
 * input must give the same file (`example`, `template`).
 */
export async function reproducibleXlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  for (const entry of Object.values(zip.files)) entry.date = FIXED_ZIP_DATE;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
