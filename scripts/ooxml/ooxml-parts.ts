/**
 * The XML parts of a SpreadsheetML package (ECMA-376 Part 1), written by hand so that every byte
 * of the corpus is under control: which attributes are present, which part names are used, which
 * string form a cell takes. Only what the corpus needs; nothing here is used by the product.
 */
import type { RawCell } from "../../src/workbook/raw-cell";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A cell to write: a value, or raw `<c>` XML for a case that needs bytes no value gives (`{{ref}}` is replaced by the reference). */
export type CorpusCell = RawCell | { readonly xml: string };

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `A`, `B`, … `XFD` for a 0-based column. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30: the 1900 date system's serial of a UTC-midnight date. */
export function serial1900(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** The 1904 system counts from 1904-01-01: 1,462 days fewer than the 1900 system (ECMA-376 Part 1, 18.17.4.1). */
export const DAYS_1900_TO_1904 = 1462;

/** Shared strings in first-use order, as Excel writes them. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  /** The index of a plain string. */
  plain(text: string): number {
    this.uses++;
    const found = this.index.get(text);
    if (found !== undefined) return found;
    return this.addXml(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`, text);
  }

  /** The index of an `<si>` given as raw XML (rich runs, phonetic runs, escapes). */
  raw(si: string): number {
    this.uses++;
    return this.addXml(si);
  }

  private addXml(si: string, key?: string): number {
    const at = this.items.length;
    this.items.push(si);
    if (key !== undefined) this.index.set(key, at);
    return at;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  xml(): string {
    return `${DECL}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.items.length}">${this.items.join("")}</sst>`;
  }
}

export interface SheetOptions {
  /** Write text as inline strings instead of shared strings. */
  readonly inline?: boolean;
  /** Leave out the `r` attribute of rows and cells (positions implicit, ECMA-376 18.3.1.73/18.3.1.4). */
  readonly withoutRefs?: boolean;
  /** Rows keep `r`, and so does each row's first cell; the cells after it leave `r` out. */
  readonly refsOnFirstCell?: boolean;
  /** The 1904 date system: date cells are written as 1904 serials. */
  readonly date1904?: boolean;
  /** XML placed after `</sheetData>` (merges, data validation), in schema order. */
  readonly afterSheetData?: string;
  /** Row numbers to write for each row (1-based), to repeat or reorder them; default 1, 2, 3, … */
  readonly rowNumbers?: readonly number[];
  /** XML placed before `<worksheet>` (a DOCTYPE). */
  readonly prolog?: string;
}

/** Style indexes in `stylesXml()`: 0 general, 1 a date (numFmtId 14), 2 a percentage (numFmtId 9). */
export const DATE_STYLE = 1;

/** One cell's XML; `null`/`undefined` cells are left out, as Excel does. */
export function cellXml(ref: string, cell: CorpusCell, strings: SharedStrings, options: SheetOptions): string {
  const r = options.withoutRefs ? "" : ` r="${ref}"`;
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const value = serial1900(cell) - (options.date1904 ? DAYS_1900_TO_1904 : 0);
    return `<c${r} s="${DATE_STYLE}"><v>${value}</v></c>`;
  }
  if (typeof cell === "number") return `<c${r}><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c${r} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "string") {
    if (options.inline) return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    return `<c${r} t="s"><v>${strings.plain(cell)}</v></c>`;
  }
  if ("xml" in cell) return cell.xml.replace(/ r="\{\{ref\}\}"/g, r);
  return `<c${r} t="e"><v>${escapeXml(cell.error)}</v></c>`;
}

export function worksheetXml(rows: readonly (readonly CorpusCell[])[], strings: SharedStrings, options: SheetOptions = {}): string {
  const body: string[] = [];
  rows.forEach((cells, index) => {
    const number = options.rowNumbers?.[index] ?? index + 1;
    const content = cells
      .map((cell, column) => cellXml(`${columnName(column)}${number}`, cell, strings, options.refsOnFirstCell && column > 0 ? { ...options, withoutRefs: true } : options))
      .join("");
    body.push(options.withoutRefs ? `<row>${content}</row>` : `<row r="${number}">${content}</row>`);
  });
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const dimension = options.withoutRefs ? "" : `<dimension ref="A1:${columnName(width - 1)}${Math.max(1, rows.length)}"/>`;
  return `${options.prolog ?? DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${dimension}<sheetData>${body.join("")}</sheetData>${options.afterSheetData ?? ""}</worksheet>`;
}

export function stylesXml(): string {
  return (
    `${DECL}<styleSheet xmlns="${MAIN_NS}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    "</styleSheet>"
  );
}

export interface WorkbookSheet {
  readonly name: string;
  /** The part name inside the zip, without a leading slash, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
  /** The sheet's own relationships part (tables), if any, and the parts it points at. */
  readonly rels?: string;
  readonly extraParts?: Readonly<Record<string, string>>;
}

export interface PackageOptions {
  readonly date1904?: boolean;
  /** Write relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`), as openpyxl does. */
  readonly absoluteTargets?: boolean;
  /** The order of the sheet parts in the zip (indexes into the sheets), default as listed. */
  readonly zipOrder?: readonly number[];
  /** Replace the shared strings part by this XML (hostile cases). */
  readonly sharedStringsXml?: string;
  /** Extra content-type overrides, e.g. for tables. */
  readonly overrides?: Readonly<Record<string, string>>;
}

const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Every part of the package, in zip order. */
export function packageParts(sheets: readonly WorkbookSheet[], strings: SharedStrings, options: PackageOptions = {}): Record<string, string> {
  const target = (part: string) => (options.absoluteTargets ? `/${part}` : part.replace(/^xl\//, ""));
  const sharedStrings = options.sharedStringsXml ?? (strings.empty ? undefined : strings.xml());
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    ...sheets.map((sheet) => `<Override PartName="/${sheet.part}" ContentType="${SHEET_TYPE}"/>`),
    ...(sharedStrings ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`] : []),
    ...Object.entries(options.overrides ?? {}).map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`),
  ];
  const contentTypes =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join("")}</Types>`;
  const rootRels = `${DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${options.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`;
  const workbook =
    `${DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<workbookPr${options.date1904 ? ' date1904="1"' : ""}/><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  const n = sheets.length;
  const workbookRels =
    `${DECL}<Relationships xmlns="${PKG_REL_NS}">` +
    sheets.map((sheet, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${target(sheet.part)}"/>`).join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="${target("xl/styles.xml")}"/>` +
    (sharedStrings ? `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="${target("xl/sharedStrings.xml")}"/>` : "") +
    "</Relationships>";

  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": rootRels,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": workbookRels,
  };
  for (const i of options.zipOrder ?? sheets.map((_, k) => k)) {
    const sheet = sheets[i]!;
    parts[sheet.part] = sheet.xml;
    if (sheet.rels) parts[sheet.part.replace(/([^/]+)$/, "_rels/$1.rels")] = sheet.rels;
    Object.assign(parts, sheet.extraParts ?? {});
  }
  parts["xl/styles.xml"] = stylesXml();
  if (sharedStrings) parts["xl/sharedStrings.xml"] = sharedStrings;
  return parts;
}
