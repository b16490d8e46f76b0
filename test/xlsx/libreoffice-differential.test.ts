/**
 * Issue 8's differential test: for every workbook of the OOXML corpus (test/fixtures/ooxml/), the
 * reader gives the same sheets, in the same order, with the same cell values as LibreOffice. The
 * CSVs are LibreOffice's own (scripts/libreoffice-csv.sh), committed so that this runs without it;
 * test/helpers/libreoffice-comparator.ts lists the normalisations between a cell and CSV text, and
 * test/helpers/ooxml-corpus.ts the sheets where the reader is meant to differ (and why).
 */
import { existsSync, promises as fs, readdirSync } from "node:fs";
import * as path from "node:path";
import { CORPUS_DIR, corpusDifferences, HOSTILE_FILES, libreOfficeSheets } from "../helpers/ooxml-corpus";
import { readXlsx } from "../helpers/xlsx-reader";

const stems = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".xlsx"))
  .map((name) => name.slice(0, -".xlsx".length))
  .sort();

describe("the reader against LibreOffice, sheet by sheet and cell by cell", () => {
  it("every workbook of the corpus that is not hostile has LibreOffice's CSVs", () => {
    const withoutCsv = stems.filter((stem) => !HOSTILE_FILES.has(stem) && !existsSync(path.join(CORPUS_DIR, stem)));
    expect(withoutCsv).toEqual([]);
    expect(stems.filter((stem) => !HOSTILE_FILES.has(stem)).length).toBeGreaterThanOrEqual(15);
  });

  for (const stem of stems.filter((name) => !HOSTILE_FILES.has(name))) {
    it(`${stem}.xlsx`, async () => {
      const bytes = new Uint8Array(await fs.readFile(path.join(CORPUS_DIR, `${stem}.xlsx`)));
      const read = await readXlsx(bytes, `${stem}.xlsx`);
      expect(read.sheets.map((sheet) => sheet.name)).toEqual(libreOfficeSheets(stem).map((sheet) => sheet.name));
      expect(corpusDifferences(stem, read.sheets)).toEqual([]);
    });
  }
});
