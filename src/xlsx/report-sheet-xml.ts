import { parseIsoDay } from "../domain/day";
import { a1, columnLetters } from "../workbook/a1";
import { layoutReportSheet } from "../workbook/report-layout";
import type { ReportSheet } from "../workbook/report-sheet";
import { type CellLook, lookKey } from "./report-cell-styles";
import { xmlText } from "./xml-text";

/** An Excel table on a report sheet (a block the user fills in, such as the audit sample). */
export interface SheetTable {
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
}

/** A report sheet's worksheet XML, once the looks it uses have style indices and its tables relationship ids. */
export interface SheetXml {
  readonly looks: readonly CellLook[];
  readonly tables: readonly SheetTable[];
  /** The XML in pieces of some thousand rows, so a sheet of 10^5 findings is never one string. */
  readonly xml: (styleIndex: readonly number[], tableRelationshipIds: readonly string[]) => Iterable<string>;
}

/** Rows joined into one piece of a sheet's XML: pieces of about a megabyte. */
const ROWS_PER_PIECE = 2_000;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A table part for one of a report sheet's tables (ECMA-376 Part 1, 18.5.1.2). */
export function tablePartXml(table: SheetTable, id: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">` +
    table.columns.map((column, index) => `<tableColumn id="${index + 1}" name="${xmlText(column)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * Writes a report sheet from its shared layout (the one the Office.js writer uses too) as
 * SpreadsheetML: texts as inline strings (no shared-strings part to merge), dates as serials with
 * a date format, links as `HYPERLINK` formulas with their text cached (they show before Excel
 * recalculates), headers wrapped and coloured, the first header frozen and filtered, A4
 * landscape one page wide with the header row repeated.
 */
export function reportSheetXml(sheet: ReportSheet): SheetXml {
  const layout = layoutReportSheet(sheet);
  const looks: CellLook[] = [];
  const lookAt = new Map<string, number>();
  const lookOf = (look: CellLook) => {
    const key = lookKey(look);
    let index = lookAt.get(key);
    if (index === undefined) {
      index = looks.length;
      looks.push(look);
      lookAt.set(key, index);
    }
    return index;
  };
  const at = (row: number, col: number) => row * layout.width + col;
  const formatOf = (row: number, col: number) => {
    const format = layout.formats[row]?.[col];
    return format && format !== "text" ? format : undefined;
  };
  // The few cells with more than a number format (titles, headers, bold, tones, links) get a look
  // of their own; every other cell's look is its format's, found once per format.
  const specials = new Map<number, { -readonly [K in keyof CellLook]: CellLook[K] }>();
  const mark = (row: number, col: number, change: CellLook) => {
    const look = specials.get(at(row, col));
    if (look) Object.assign(look, change);
    else specials.set(at(row, col), { ...change });
  };
  mark(layout.titleRow, 0, { kind: "title" });
  for (const row of layout.blockTitleRows) mark(row, 0, { kind: "blockTitle" });
  for (const row of layout.headerRows) layout.values[row]!.forEach((value, col) => value !== "" && mark(row, col, { kind: "header" }));
  for (const { row, col } of layout.bold) mark(row, col, { bold: true });
  for (const { row, col, tone } of layout.tones) mark(row, col, { tone });
  const links = new Map(layout.links.map((link) => [at(link.row, link.col), link.formula]));
  for (const { row, col } of layout.links) mark(row, col, { link: true });
  // Looks are numbered as they are first met: the formatted cells row by row, then the other
  // marked ones (styles.xml lists them in that order).
  const specialLook = new Map<number, number>();
  const formatLook = new Map<string, number>();
  layout.formats.forEach((formats, row) =>
    formats.forEach((_, col) => {
      const format = formatOf(row, col);
      if (!format) return;
      const special = specials.get(at(row, col));
      if (special) specialLook.set(at(row, col), lookOf({ format, ...special }));
      else if (!formatLook.has(format)) formatLook.set(format, lookOf({ format }));
    }),
  );
  for (const [cell, look] of specials) if (!specialLook.has(cell)) specialLook.set(cell, lookOf(look));
  const lookAtCell = (row: number, col: number) => {
    const special = specialLook.get(at(row, col));
    if (special !== undefined) return special;
    const format = formatOf(row, col);
    return format ? formatLook.get(format) : undefined;
  };
  const columns = Array.from({ length: layout.width }, (_, col) => columnLetters(col));

  const placedBlocks = sheet.blocks.map((block, index) => ({ block, placed: layout.blocks[index]! })).filter(({ placed }) => placed.rows > 0);
  const tables = placedBlocks
    .filter(({ block }) => block.table && block.excelTable)
    .map(({ block, placed }) => ({
      name: block.table!,
      ref: `${a1(placed.headerRow, 0)}:${a1(placed.firstRow + placed.rows - 1, placed.columns - 1)}`,
      columns: block.header.slice(0, placed.columns),
    }));

  return {
    looks,
    tables,
    xml: function* (styleIndex, tableRelationshipIds) {
      let parts: string[] = [];
      const firstHeader = layout.headerRows[0];
      parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">`);
      parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      parts.push(`<dimension ref="A1:${a1(Math.max(0, layout.values.length - 1), layout.width - 1)}"/>`);
      parts.push(
        firstHeader === undefined || sheet.freezeHeader === false
          ? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
          : `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${firstHeader + 1}" topLeftCell="${a1(firstHeader + 1, 0)}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`,
      );
      parts.push('<sheetFormatPr defaultRowHeight="15"/>');
      if (sheet.columnWidths.length) parts.push(`<cols>${sheet.columnWidths.map((width, col) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`);
      parts.push("<sheetData>");
      const headerRows = new Set(layout.headerRows);
      for (let row = 0; row < layout.values.length; row++) {
        const values = layout.values[row]!;
        let cells = "";
        for (let col = 0; col < values.length; col++) {
          const value = values[col]!;
          if (value === "") continue;
          const look = lookAtCell(row, col);
          const style = look === undefined ? "" : ` s="${styleIndex[look]}"`;
          const ref = `${columns[col]}${row + 1}`;
          const formula = links.get(at(row, col));
          if (formula) cells += `<c r="${ref}"${style} t="str"><f>${xmlText(formula.slice(1))}</f><v>${xmlText(String(value))}</v></c>`;
          else if (typeof value === "number") cells += `<c r="${ref}"${style}><v>${Number.isFinite(value) ? value : 0}</v></c>`;
          else if (typeof value === "boolean") cells += `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
          else {
            const day = layout.formats[row]![col] === "date" ? parseIsoDay(value) : undefined;
            // A date is stored as its serial (days since 1899-12-30; the phantom 1900-02-29 lies far before any agreement).
            if (day !== undefined) cells += `<c r="${ref}"${style}><v>${day + 25_569}</v></c>`;
            else cells += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
          }
        }
        if (cells) parts.push(`<row r="${row + 1}"${headerRows.has(row) ? ' ht="32" customHeight="1"' : ""}>${cells}</row>`);
        if (parts.length >= ROWS_PER_PIECE) {
          yield parts.join("");
          parts = [];
        }
      }
      parts.push("</sheetData>");
      // A sheet filter on the first block meant as a table, unless that block is a real Excel table (it filters itself).
      const filtered = placedBlocks.find(({ block }) => block.table);
      if (filtered && !filtered.block.excelTable) parts.push(`<autoFilter ref="${a1(filtered.placed.headerRow, 0)}:${a1(filtered.placed.firstRow + filtered.placed.rows - 1, filtered.placed.columns - 1)}"/>`);
      const lists = placedBlocks.flatMap(({ block, placed }) =>
        (block.validations ?? []).map(
          (validation) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${a1(placed.firstRow, validation.column)}:${a1(placed.firstRow + placed.rows - 1, validation.column)}">` +
            `<formula1>${xmlText(`"${validation.list.join(",")}"`)}</formula1></dataValidation>`,
        ),
      );
      if (lists.length) parts.push(`<dataValidations count="${lists.length}">${lists.join("")}</dataValidations>`);
      parts.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
      parts.push('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      if (tableRelationshipIds.length) {
        parts.push(`<tableParts count="${tableRelationshipIds.length}">${tableRelationshipIds.map((id) => `<tablePart xmlns:r="${RELATIONSHIPS}" r:id="${id}"/>`).join("")}</tableParts>`);
      }
      parts.push("</worksheet>");
      yield parts.join("");
    },
  };
}
