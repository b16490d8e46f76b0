import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { quoteSheet } from "../workbook/a1";
import { layoutReportSheet } from "../workbook/report-layout";
import type { ReportSheet } from "../workbook/report-sheet";
import { inflateWholePart, InflatedBytes } from "./inflate-part";
import { mergeStyles } from "./merge-styles";
import { nativePieceDeflater } from "./piece-deflater";
import { READ_LIMITS } from "./read-limits";
import { readRelationships } from "./read-relationships";
import { readWorkbookPart } from "./read-workbook-part";
import { relationshipsPartOf } from "./part-path";
import { reportSheetXml, tablePartXml } from "./report-sheet-xml";
import { UnreadableWorkbookError } from "./unreadable-workbook-error";
import { xmlText } from "./xml-text";
import { ZipFormatError, zipDirectory, type ZipPart } from "./zip-directory";

/** The hidden, sheet-scoped defined name that marks a sheet as written by this tool (so only ours are ever replaced). */
export const OUR_SHEET_MARK = "_Resultatrevision";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Zip entries are stamped with one fixed time, so the same input gives the same file. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export interface WriteOptions {
  /** Told when an output sheet's name was taken by a sheet of the user's own, and which free name was used instead. */
  readonly renamed?: (wanted: string, used: string) => void;
}

/**
 * A copy of the input workbook with the given output sheets added, made at the level of the zip
 * (issue 8): every part of the input is carried over as it is (values, number formats, tables,
 * charts, everything, byte for byte once inflated), and only the workbook, its relationships, the
 * content types and the styles gain entries. An output sheet replaces an earlier one of the same
 * name only if that one is ours (marked with the hidden name `_Resultatrevision`), in place, so
 * running twice gives the same workbook; a sheet of the user's own with that name is never
 * touched: the output gets a free name ("Granskning (2)") and `renamed` is told. The input's
 * bytes are never changed. The bytes are those the reader (`readXlsx`) has read already: every
 * door audits, samples or compares them first, and a file it refuses never gets this far.
 */
export async function workbookWithSheets(bytes: Uint8Array, file: string, sheets: readonly ReportSheet[], options: WriteOptions = {}): Promise<Uint8Array> {
  try {
    return await writeCopy(bytes, sheets, options);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new UnreadableWorkbookError("corrupt", file, error.why);
    throw error;
  }
}

async function writeCopy(bytes: Uint8Array, sheets: readonly ReportSheet[], options: WriteOptions): Promise<Uint8Array> {
  const parts = zipDirectory(bytes);
  const counter = new InflatedBytes(READ_LIMITS);
  const text = async (name: string) => {
    const part = parts.get(name.toLowerCase());
    return part ? new TextDecoder().decode(await inflateWholePart(bytes, part, counter)) : undefined;
  };
  const workbookName = (await readRelationships(bytes, parts, "", counter)).find((relation) => relation.type === "officeDocument")?.target ?? "xl/workbook.xml";
  const workbookPart = parts.get(workbookName.toLowerCase())!;
  const workbook = await readWorkbookPart(bytes, workbookPart, counter);
  const relations = await readRelationships(bytes, parts, workbookPart.name, counter);
  const folder = workbookPart.name.slice(0, workbookPart.name.lastIndexOf("/") + 1);
  const relsName = `${folder}_rels/${workbookPart.name.slice(workbookPart.name.lastIndexOf("/") + 1)}.rels`;

  const ours = new Set(workbook.definedNames.filter((name) => name.name === OUR_SHEET_MARK && name.localSheetId !== undefined).map((name) => name.localSheetId!));
  const taken = new Set(workbook.sheets.map((sheet) => sheet.name.toLowerCase()));
  const replaced = new Map<string, Iterable<string>>(); // part name → new XML, in pieces
  const added: { name: string; part: string; id: string; index: number }[] = [];
  const dropped = new Set<string>();
  let nextSheetId = Math.max(0, ...workbook.sheets.map((sheet) => sheet.sheetId)) + 1;
  let nextPart = 1;
  const relationIds = new Set(relations.map((relation) => relation.id));
  const newRelationId = () => {
    let n = 1;
    while (relationIds.has(`rRR${n}`)) n++;
    relationIds.add(`rRR${n}`);
    return `rRR${n}`;
  };

  const sheetXmls = sheets.map(reportSheetXml);
  const looks = sheetXmls.flatMap((sheet) => sheet.looks);
  const stylesRelation = relations.find((relation) => relation.type === "styles");
  const styles = mergeStyles(stylesRelation ? await text(stylesRelation.target) : undefined, looks);
  // Where each output sheet goes: in place of an earlier copy of ours, or added at the end.
  const placements = sheets.map((sheet) => {
    const existing = workbook.sheets.findIndex((listed) => listed.name.toLowerCase() === sheet.name.toLowerCase());
    if (existing >= 0 && ours.has(existing)) {
      const target = relations.find((relation) => relation.id === workbook.sheets[existing]!.relationshipId)?.target;
      if (!target) throw new ZipFormatError(`the sheet "${sheet.name}" points at no part`);
      return { name: sheet.name, part: target, index: existing, isNew: false };
    }
    let name = sheet.name;
    if (existing >= 0) {
      let n = 2;
      while (taken.has(`${sheet.name} (${n})`.toLowerCase())) n++;
      name = `${sheet.name} (${n})`;
      options.renamed?.(sheet.name, name);
    }
    taken.add(name.toLowerCase());
    // Named like Excel's own parts (`sheetN.xml`): readers that go by part name (ExcelJS) find them too.
    while (parts.has(`${folder}worksheets/sheet${nextPart}.xml`.toLowerCase())) nextPart++;
    const part = `${folder}worksheets/sheet${nextPart++}.xml`;
    const index = workbook.sheets.length + added.length;
    added.push({ name, part, id: newRelationId(), index });
    return { name, part, index, isNew: true };
  });
  // An earlier copy of ours goes with its relationships and what they point at (its tables).
  for (const placement of placements.filter((placement) => !placement.isNew)) {
    dropped.add(relationshipsPartOf(placement.part).toLowerCase());
    for (const relation of await readRelationships(bytes, parts, placement.part, counter)) dropped.add(relation.target.toLowerCase());
  }
  // Table ids and names are unique in the whole workbook.
  const tableIds: number[] = [];
  const tableNames = new Set<string>();
  for (const part of parts.values()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(part.name) || dropped.has(part.name.toLowerCase())) continue;
    const root = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(new TextDecoder().decode(await inflateWholePart(bytes, part, counter)))?.[0] ?? "";
    tableIds.push(Number(/\sid="(\d+)"/.exec(root)?.[1] ?? 0));
    tableNames.add((/\sdisplayName="([^"]*)"/.exec(root)?.[1] ?? "").toLowerCase());
  }
  let nextTableId = Math.max(0, ...tableIds) + 1;
  let nextTablePart = 1;
  const tableContent: string[] = [];

  let lookOffset = 0;
  const printTitles: { index: number; sheet: string; row: number }[] = [];
  sheets.forEach((sheet, i) => {
    const sheetXml = sheetXmls[i]!;
    const placement = placements[i]!;
    const styleIndex = styles.styleIndex.slice(lookOffset, lookOffset + sheetXml.looks.length);
    lookOffset += sheetXml.looks.length;
    const tableIdsOfSheet = sheetXml.tables.map((table, t) => {
      let name = table.name;
      for (let n = 2; tableNames.has(name.toLowerCase()); n++) name = `${table.name}${n}`;
      tableNames.add(name.toLowerCase());
      while (parts.has(`${folder}tables/table${nextTablePart}.xml`.toLowerCase())) nextTablePart++;
      const part = `${folder}tables/table${nextTablePart++}.xml`;
      replaced.set(part, [tablePartXml({ ...table, name }, nextTableId++)]);
      tableContent.push(part);
      return { id: `rId${t + 1}`, part };
    });
    if (tableIdsOfSheet.length) {
      const sheetFolder = placement.part.slice(0, placement.part.lastIndexOf("/") + 1);
      const relationships = tableIdsOfSheet
        .map((table) => `<Relationship Id="${table.id}" Type="${TABLE_TYPE}" Target="${relativePath(sheetFolder, table.part)}"/>`)
        .join("");
      replaced.set(relationshipsPartOf(placement.part), [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`]);
      dropped.delete(relationshipsPartOf(placement.part).toLowerCase());
    }
    replaced.set(placement.isNew ? placement.part : placement.part.toLowerCase(), sheetXml.xml(styleIndex, tableIdsOfSheet.map((table) => table.id)));
    const header = layoutReportSheet(sheet).headerRows[0];
    if (header !== undefined) printTitles.push({ index: placement.index, sheet: placement.name, row: header + 1 });
  });

  // The workbook: new sheets at the end (no sheet's index moves, so every defined name keeps its sheet).
  let workbookXml = (await text(workbookPart.name))!;
  const prefix = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(workbookXml)?.[1] ?? "";
  // The relationships prefix the workbook already declares (readers such as ExcelJS look for `r:id` by name); else our own.
  const declared = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${RELATIONSHIPS_NS}"`).exec(workbookXml)?.[1];
  const idAttribute = declared ? `${declared}:id` : `xmlns:rr="${RELATIONSHIPS_NS}" rr:id`;
  const sheetElements = added.map((sheet) => `<${prefix}sheet name="${xmlText(sheet.name)}" sheetId="${nextSheetId++}" ${idAttribute}="${sheet.id}"/>`).join("");
  workbookXml = insertBefore(workbookXml, `</${prefix}sheets>`, sheetElements);
  // A sheet replaced in place keeps the mark it has; a new one gets its own.
  const names =
    added.map((sheet) => `<${prefix}definedName name="${OUR_SHEET_MARK}" localSheetId="${sheet.index}" hidden="1">${xmlText(`${quoteSheet(sheet.name)}!$A$1`)}</${prefix}definedName>`).join("") +
    printTitles
      .filter((title) => !hasName(workbook.definedNames, "_xlnm.Print_Titles", title.index))
      .map((title) => `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${title.index}">${xmlText(`${quoteSheet(title.sheet)}!$${title.row}:$${title.row}`)}</${prefix}definedName>`)
      .join("");
  workbookXml = addDefinedNames(workbookXml, prefix, names);

  let relsXml = (await text(relsName)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const relsPrefix = /<([A-Za-z_][\w.-]*:)?Relationships[\s>]/.exec(relsXml)?.[1] ?? "";
  let newRelations = added.map((sheet) => `<${relsPrefix}Relationship Id="${sheet.id}" Type="${WORKSHEET_TYPE}" Target="${sheet.part.slice(folder.length)}"/>`).join("");
  let stylesPart = stylesRelation?.target;
  if (!stylesPart) {
    stylesPart = `${folder}styles.xml`;
    newRelations += `<${relsPrefix}Relationship Id="${newRelationId()}" Type="${STYLES_TYPE}" Target="styles.xml"/>`;
  }
  relsXml = insertBefore(relsXml, `</${relsPrefix}Relationships>`, newRelations);

  let typesXml = (await text("[Content_Types].xml")) ?? "";
  const typesPrefix = /<([A-Za-z_][\w.-]*:)?Types[\s>]/.exec(typesXml)?.[1] ?? "";
  // Parts dropped with an earlier copy of ours lose their content types too.
  typesXml = typesXml.replace(new RegExp(`<${typesPrefix}Override\\s[^>]*PartName="/([^"]+)"[^>]*/>`, "g"), (element, part: string) => (dropped.has(part.toLowerCase()) ? "" : element));
  const overrides = [
    ...added.map((sheet) => [sheet.part, WORKSHEET_CONTENT]),
    ...tableContent.map((part) => [part, TABLE_CONTENT]),
    ...(stylesRelation ? [] : [[stylesPart, STYLES_CONTENT]]),
  ]
    .map(([part, type]) => `<${typesPrefix}Override PartName="/${part}" ContentType="${type}"/>`)
    .join("");
  typesXml = insertBefore(typesXml, `</${typesPrefix}Types>`, overrides);

  const edited = new Map<string, Iterable<string>>([
    [workbookPart.name.toLowerCase(), [workbookXml]],
    [relsName.toLowerCase(), [relsXml]],
    ["[content_types].xml", [typesXml]],
    [stylesPart.toLowerCase(), [styles.xml]],
    ...replaced,
  ]);
  const zip = new ZipWriter();
  for (const part of parts.values()) {
    const key = part.name.toLowerCase();
    if (dropped.has(key) || part.name.endsWith("/")) continue;
    const content = edited.get(key);
    edited.delete(key);
    if (content !== undefined) zip.deflated(part.name, content);
    else zip.copied(part, bytes);
  }
  for (const [name, content] of edited) zip.deflated(name === "[content_types].xml" ? "[Content_Types].xml" : name, content);
  return zip.end();
}

/**
 * The output zip. A part carried over unchanged is copied as the input stores it (its compressed
 * bytes, CRC and size, never inflated or compressed again): faithful to the byte, and a 50 MB
 * sheet costs a copy. Only the parts written here are compressed.
 */
class ZipWriter {
  private readonly zip = new Zip();
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  constructor() {
    this.zip.ondata = (error, chunk) => {
      if (error) throw error;
      this.chunks.push(chunk);
    };
  }

  /** A part written here, compressed piece by piece as its XML is made. */
  deflated(name: string, content: Iterable<string>): void {
    const pieces = content[Symbol.iterator]();
    const first = pieces.next();
    const firstData = this.encoder.encode(first.done ? "" : first.value);
    let next = first.done ? first : pieces.next();
    // Compressed harder when small (the workbook's own parts), faster when large (a report sheet
    // of thousands of rows comes in several pieces).
    const large = !next.done || firstData.length > 4 * 1024 * 1024;
    const native = large ? nativePieceDeflater() : undefined;
    let data = firstData;
    if (native) {
      // Size and CRC are counted as the pieces go; the zip takes them at the end (data descriptor).
      const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime: FIXED_TIME };
      this.zip.add(file);
      for (;;) {
        file.size += data.length;
        file.crc = native.crc(data, file.crc);
        file.ondata!(null, native.deflate(data, next.done === true) as Uint8Array<ArrayBuffer>, next.done === true);
        if (next.done) return;
        data = this.encoder.encode(next.value);
        next = pieces.next();
      }
    }
    const file = new ZipDeflate(name, { level: large ? 1 : 6 });
    file.mtime = FIXED_TIME;
    this.zip.add(file);
    while (!next.done) {
      file.push(data);
      data = this.encoder.encode(next.value);
      next = pieces.next();
    }
    file.push(data, true);
  }

  copied(part: ZipPart, bytes: Uint8Array): void {
    if (part.encrypted) throw new ZipFormatError(`the entry ${part.name} is encrypted`);
    if (part.method !== 0 && part.method !== 8) throw new ZipFormatError(`the entry ${part.name} uses compression method ${part.method}`);
    const file: ZipInputFile = { filename: part.name, size: part.declaredBytes, crc: part.declaredCrc, compression: part.method, mtime: FIXED_TIME };
    this.zip.add(file);
    file.ondata!(null, bytes.subarray(part.dataOffset, part.dataOffset + part.compressedBytes) as Uint8Array<ArrayBuffer>, true);
  }

  end(): Uint8Array {
    this.zip.end();
    const whole = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole;
  }
}

/** A zip entry name relative to a folder (`xl/worksheets/`, `xl/tables/t.xml` → `../tables/t.xml`). */
function relativePath(fromFolder: string, to: string): string {
  const from = fromFolder.split("/").filter(Boolean);
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

function hasName(names: readonly { name: string; localSheetId?: number }[], name: string, index: number): boolean {
  return names.some((defined) => defined.name.toLowerCase() === name.toLowerCase() && defined.localSheetId === index);
}

function insertBefore(xml: string, closing: string, content: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new ZipFormatError(`a package part lacks ${closing}`);
  return xml.slice(0, at) + content + xml.slice(at);
}

/** Adds defined names into `definedNames`, creating it where CT_Workbook's order puts it (after sheets, functionGroups, externalReferences). */
function addDefinedNames(xml: string, p: string, names: string): string {
  if (!names) return xml;
  if (xml.includes(`</${p}definedNames>`)) return insertBefore(xml, `</${p}definedNames>`, names);
  const after = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`].find((closing) => xml.includes(closing))!;
  const at = xml.indexOf(after) + after.length;
  return `${xml.slice(0, at)}<${p}definedNames>${names}</${p}definedNames>${xml.slice(at)}`;
}
