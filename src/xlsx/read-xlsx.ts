import type { SheetGrid } from "../workbook/raw-cell";
import { fileKind } from "./file-kind";
import { InflatedBytes, type Inflater } from "./inflate-part";
import { readDateStyles } from "./read-date-styles";
import { READ_LIMITS, ReadLimitError, type ReadLimits } from "./read-limits";
import { readRelationships, type Relationship } from "./read-relationships";
import { readSharedStrings } from "./read-shared-strings";
import { readWorkbookPart } from "./read-workbook-part";
import { readWorksheet } from "./read-worksheet";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";
import { XmlPartError } from "./xml-part";
import { ZipFormatError, zipDirectory, type ZipPart } from "./zip-directory";

/** Something the reader saw that a spreadsheet program would show differently or not at all. */
export interface XlsxNotice {
  readonly sheet: string;
  /** 1-based, as the file numbers it. */
  readonly row: number;
  readonly kind: "row-repeated";
}

/** A workbook as the audit reads it: its worksheets in tab order, and what the reader noticed. */
export interface XlsxRead {
  readonly sheets: SheetGrid[];
  readonly notices: readonly XlsxNotice[];
}

const TYPE_OFFICE_DOCUMENT = "officeDocument";

/**
 * Reads an .xlsx faithfully to ECMA-376 Part 1 (SpreadsheetML) and Part 2 (packaging): the
 * workbook part is found through the package relationships, its sheets (names, tab order, hidden
 * ones too) through workbook.xml and its relationships, whatever the parts are called; every part
 * is inflated in slices with the bytes that really come out counted against `limits`, and parsed
 * strictly with no DTD. The same code runs in Node and in the browser, for every output.
 *
 * Throws `UnreadableWorkbookError` for a file the audit cannot read, with one line that names the
 * part and the limit or the defect.
 */
export async function readXlsx(bytes: Uint8Array, file: string, limits: Partial<ReadLimits> = {}, inflater?: Inflater): Promise<XlsxRead> {
  assertZip(bytes, file);
  const bounds: ReadLimits = { ...READ_LIMITS, ...limits };
  try {
    return await readPackage(bytes, file, new InflatedBytes(bounds, inflater));
  } catch (error) {
    if (error instanceof ReadLimitError) throw new UnreadableWorkbookError("limit", file, {
        sv: `${error.part}: ${LIMIT_WORDS.sv[error.limit](error.value)}`,
        en: `${error.part}: ${LIMIT_WORDS.en[error.limit](error.value)}`,
      });
    if (error instanceof XmlPartError) throw new UnreadableWorkbookError("corrupt", file, `${error.part}: ${error.why}`);
    if (error instanceof ZipFormatError) throw new UnreadableWorkbookError("corrupt", file, error.why);
    throw error;
  }
}

async function readPackage(bytes: Uint8Array, file: string, counter: InflatedBytes): Promise<XlsxRead> {
  const limits = counter.limits;
  const parts = zipDirectory(bytes);
  if (parts.has("xl/workbook.bin")) throw new UnreadableWorkbookError("xlsb", file);
  const workbookName =
    (await readRelationships(bytes, parts, "", counter)).find((relation) => relation.type === TYPE_OFFICE_DOCUMENT)?.target ?? "xl/workbook.xml";
  const workbookPart = parts.get(workbookName.toLowerCase());
  if (!workbookPart) throw new UnreadableWorkbookError(workbookName.endsWith(".bin") ? "xlsb" : "not-xlsx", file);
  const workbook = await readWorkbookPart(bytes, workbookPart, counter);
  if (workbook.sheets.length > limits.sheets) throw new ReadLimitError("sheets", workbookPart.name, limits.sheets);
  const relations = await readRelationships(bytes, parts, workbookPart.name, counter);
  const byId = new Map(relations.map((relation) => [relation.id, relation]));
  const partOf = (relation: Relationship | undefined): ZipPart | undefined => (relation ? parts.get(relation.target.toLowerCase()) : undefined);

  const sharedStringsPart = partOf(relations.find((relation) => relation.type === "sharedStrings"));
  const sharedStrings = sharedStringsPart ? await readSharedStrings(bytes, sharedStringsPart, counter, limits) : [];
  const stylesPart = workbook.date1904 ? partOf(relations.find((relation) => relation.type === "styles")) : undefined;
  const dateStyles1904 = workbook.date1904 ? (stylesPart ? await readDateStyles(bytes, stylesPart, counter) : new Set<number>()) : undefined;

  const sheets: SheetGrid[] = [];
  const notices: XlsxNotice[] = [];
  for (const listed of workbook.sheets) {
    const relation = byId.get(listed.relationshipId);
    // A chart sheet or dialog sheet holds no cells; it is still a sheet the user sees, so it is
    // listed, empty, and a required sheet given as one is found (and then has no header).
    if (!relation || relation.type !== "worksheet") {
      sheets.push({ name: listed.name, rows: [] });
      continue;
    }
    const part = partOf(relation);
    if (!part) throw new ZipFormatError(`the sheet "${listed.name}" points at ${relation.target}, which the file does not hold`);
    const grid = await readWorksheet(bytes, part, listed.name, counter, { sharedStrings, dateStyles1904, limits });
    sheets.push(grid);
    const rowsNoticed = new Set((grid.repeatedCells ?? []).map((cell) => cell.row));
    for (const row of rowsNoticed) notices.push({ sheet: listed.name, row: row + 1, kind: "row-repeated" });
  }
  if (sheets.length === 0) throw new UnreadableWorkbookError("no-sheets", file);
  return { sheets, notices };
}

/** Refuses what is not a zip before anything is inflated, naming what it is instead. */
function assertZip(bytes: Uint8Array, file: string): void {
  const kind = fileKind(bytes);
  if (kind === "empty") throw new UnreadableWorkbookError("empty-file", file);
  if (kind === "encrypted") throw new UnreadableWorkbookError("encrypted", file);
  if (kind === "compound") throw new UnreadableWorkbookError("old-xls", file);
  if (kind === "text") throw new UnreadableWorkbookError("csv", file);
  if (kind !== "zip") throw new UnreadableWorkbookError("not-xlsx", file);
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;

/** Each limit in words, for the one-line message; the part's own defects (saxes's words) stay in English. */
const LIMIT_WORDS: Record<"sv" | "en", Record<keyof ReadLimits, (value: number) => string>> = {
  sv: {
    totalBytes: (value) => `delarna packas upp till mer än ${mib(value)} sammanlagt`,
    partBytes: (value) => `delen packas upp till mer än ${mib(value)}`,
    sheets: (value) => `fler än ${value} blad`,
    cellsPerSheet: (value) => `fler än ${value} celler i ett blad`,
    stringLength: (value) => `en text längre än ${value} tecken (Excels gräns)`,
  },
  en: {
    totalBytes: (value) => `the parts unpack to more than ${mib(value)} in all`,
    partBytes: (value) => `the part unpacks to more than ${mib(value)}`,
    sheets: (value) => `more than ${value} sheets`,
    cellsPerSheet: (value) => `more than ${value} cells in one sheet`,
    stringLength: (value) => `a text longer than ${value} characters (Excel's limit)`,
  },
};
