/**
 * What the OOXML corpus (test/fixtures/ooxml/) expects beyond LibreOffice's CSVs: which files must
 * be refused, and which sheets the reader is meant to read differently from LibreOffice. Shared by
 * the differential test and the reader-candidate bench, so both judge a reader the same way.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { SheetGrid } from "../../src/workbook/raw-cell";
import { gridDifferences, parseCsv } from "./libreoffice-comparator";

/** The repository's root: the nearest folder above with a package.json (this file also runs compiled, from build-tools/). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const CORPUS_DIR = path.join(repositoryRoot(), "test", "fixtures", "ooxml");

/** The files a reader must refuse: no CSV fixtures (hostile-libreoffice.txt says what LibreOffice does with them). */
export const HOSTILE_FILES: ReadonlySet<string> = new Set(["billion-laughs-sheet", "billion-laughs-shared-strings", "xxe-sheet", "xxe-shared-strings", "inflate-bomb"]);

/**
 * Per file, sheets (`Sheet`) or cells (`Sheet!A1`) where the reader is meant to differ from
 * LibreOffice, and why; reader-cases.test.ts pins each of them instead.
 */
export const MEANT_TO_DIFFER: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "cell-types": {
    "Formler utan värde": "formulas without a cached value: LibreOffice recalculates them on load, the reader reads them as empty (spec 10.22)",
  },
  "xhhhh-escapes": {
    "Företag!D3":
      "`V_x00E5_rd`: ECMA-376 Part 1, 22.4.2.4 lets any character be written _xHHHH_ (Excel decodes every one); LibreOffice 7.4 decodes only control characters and shows the escape",
    "Företag!D5": "`Handel_x000D__x000A_Service`: the reader keeps the CR LF the file gives; LibreOffice turns a line break inside a cell into LF",
  },
  "openpyxl-written": {
    Summering: "openpyxl writes formulas without a cached value (<v></v>): LibreOffice recalculates them on load, the reader reads them as empty (spec 10.22)",
  },
};

/** LibreOffice's sheets of a corpus file, in workbook order, from its committed CSVs (`<index>-<name>.csv`). */
export function libreOfficeSheets(stem: string): { name: string; rows: string[][] }[] {
  const dir = path.join(CORPUS_DIR, stem);
  const files = readdirSync(dir).filter((name) => /^\d+-.*\.csv$/.test(name));
  files.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return files.map((file) => ({ name: file.replace(/^\d+-/, "").replace(/\.csv$/, ""), rows: parseCsv(readFileSync(path.join(dir, file), "utf8")) }));
}

/** Every difference between a reader's sheets and LibreOffice's for a corpus file, as `Sheet!A1: …` lines (names and order first). */
export function corpusDifferences(stem: string, sheets: readonly SheetGrid[]): string[] {
  const expected = libreOfficeSheets(stem);
  const names = sheets.map((sheet) => sheet.name);
  const expectedNames = expected.map((sheet) => sheet.name);
  if (JSON.stringify(names) !== JSON.stringify(expectedNames)) return [`sheets: reader ${JSON.stringify(names)}, LibreOffice ${JSON.stringify(expectedNames)}`];
  const differences: string[] = [];
  for (const [i, sheet] of expected.entries()) {
    if (MEANT_TO_DIFFER[stem]?.[sheet.name]) continue;
    for (const line of gridDifferences(sheets[i]!.rows, sheet.rows)) {
      const place = `${sheet.name}!${line.slice(0, line.indexOf(":"))}`;
      if (!MEANT_TO_DIFFER[stem]?.[place]) differences.push(`${sheet.name}!${line}`);
    }
  }
  return differences;
}

