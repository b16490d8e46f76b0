import { Zip, ZipDeflate } from "fflate";
import { createWriteStream } from "node:fs";
import type { RawCell, SheetGrid } from "../src/workbook/raw-cell";
import { a1 } from "../src/workbook/a1";
import { xmlText } from "../src/xlsx/xml-text";

/**
 * Writes grids as a plain .xlsx (shared strings, as Excel writes text) straight to a file, row
 * by row through a streaming zip, so the bench can make a 1,048,576-row workbook that ExcelJS
 * would need minutes and gigabytes to write. Bench tooling only: no styles, no tables.
 */
export async function writeGridsXlsxFile(file: string, grids: readonly SheetGrid[]): Promise<void> {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  const encoder = new TextEncoder();
  const add = (name: string, parts: Iterable<string>) => {
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    let buffer = "";
    for (const part of parts) {
      buffer += part;
      if (buffer.length > 1 << 20) {
        entry.push(encoder.encode(buffer));
        buffer = "";
      }
    }
    entry.push(encoder.encode(buffer), true);
  };
  const strings = new Map<string, number>();
  const stringIndex = (text: string) => strings.get(text) ?? (strings.set(text, strings.size), strings.size - 1);
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  add("[Content_Types].xml", [
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    ...grids.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    "</Types>",
  ]);
  add("_rels/.rels", [`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`]);
  add("xl/workbook.xml", [`<?xml version="1.0" encoding="UTF-8"?><workbook ${main} xmlns:r="${rel}"><sheets>`, ...grids.map((grid, i) => `<sheet name="${xmlText(grid.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`), "</sheets></workbook>"]);
  add("xl/_rels/workbook.xml.rels", [
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    ...grids.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  ]);
  grids.forEach((grid, i) => add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(grid, stringIndex, main)));
  const all = [...strings.keys()];
  add("xl/sharedStrings.xml", (function* () {
    yield `<?xml version="1.0" encoding="UTF-8"?><sst ${main} count="${all.length}" uniqueCount="${all.length}">`;
    for (const text of all) yield `<si><t xml:space="preserve">${xmlText(text)}</t></si>`;
    yield "</sst>";
  })());
  zip.end();
  await done;
}

function* sheetXml(grid: SheetGrid, stringIndex: (text: string) => number, main: string): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${main}><sheetData>`;
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    let cells = "";
    row.forEach((cell, c) => (cells += cellXml(cell, a1(r, c), stringIndex)));
    yield `<row r="${r + 1}">${cells}</row>`;
  }
  yield "</sheetData></worksheet>";
}

function cellXml(cell: RawCell, ref: string, stringIndex: (text: string) => number): string {
  if (cell === null || cell === undefined || cell === "") return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell instanceof Date) return `<c r="${ref}"><v>${cell.getTime() / 86_400_000 + 25_569}</v></c>`;
  if (typeof cell === "object") return `<c r="${ref}" t="e"><v>${xmlText(cell.error)}</v></c>`;
  return `<c r="${ref}" t="s"><v>${stringIndex(cell)}</v></c>`;
}
