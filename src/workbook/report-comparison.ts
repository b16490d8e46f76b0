import type { Comparison, ComparedChange, SheetComparison } from "../domain/compare/compare-submissions";
import { ROW_CELL_FIELD, shownKey } from "../domain/compare/row-identity";
import { isoDay } from "../domain/day";
import type { Finding } from "../domain/finding";
import { messageOf, shown } from "../domain/messages";
import type { Language } from "../domain/number-format";
import { maskPersonnummer } from "../domain/personnummer";
import { a1, cellOf } from "./a1";
import { compareLabel as L, settlementText } from "./compare-labels";
import { cell, type CellTone, type ReportCell, type ReportSheet } from "./report-sheet";
import { jsonValue } from "./compare-document";

/** The comparison sheet's name (spec 12); the pane and the CLI write it under this name. */
export const COMPARISON_SHEET = "Jämförelse";

/** Rows listed per block at most: a sheet of 100,000 changed rows helps no one; the JSON has them all. */
const MAX_ROWS = 5000;

const SETTLEMENT_TONE: Record<string, CellTone> = { "owed-back": "bad", extra: "warn", none: "good" };

/**
 * `Jämförelse`: what changed since the previous submission: rows per sheet; every change to a
 * year already paid, its cell a link into the current workbook; the years side by side with what
 * is owed back or extra; every changed row field by field; the follow-up of earlier findings.
 */
export function comparisonSheet(comparison: Comparison, files: { previous: string; current: string }, language: Language): ReportSheet {
  const { previous, current } = comparison;
  const rowBlock = {
    title: L("rowsTitle", language),
    header: [L("sheet", language), L("added", language), L("removed", language), L("changed", language), L("unchanged", language)],
    rows: comparison.sheets.map((sheet) => [cell(sheet.name), cell(sheet.counts.added, "count"), cell(sheet.counts.removed, "count"), cell(sheet.counts.changed, "count"), cell(sheet.counts.unchanged, "count")]),
  };
  const retroactiveBlock = {
    title: L("changesTitle", language),
    header: [L("code", language), L("sheet", language), L("cell", language), L("year", language), L("message", language)],
    rows: comparison.findings.map((item): ReportCell[] => [
      cell(item.code, "text", { tone: "warn" }),
      cell(item.place.sheet),
      placeCell(item, language),
      cell(Number(item.params.year), "count"),
      cell(messageOf(item, language)),
    ]),
    table: "Jamforelse_betalda_ar",
  };
  const yearBlock = {
    title: L("yearsTitle", language),
    header: [L("year", language), L("statusThen", language), `${L("jobs", language)}: ${L("previous", language)}`, `${L("jobs", language)}: ${L("current", language)}`, `${L("jobs", language)}: ${L("difference", language)}`,
      `${L("residentJobs", language)}: ${L("previous", language)}`, `${L("residentJobs", language)}: ${L("current", language)}`, `${L("residentJobs", language)}: ${L("difference", language)}`,
      `${L("payout", language)}: ${L("previous", language)}`, `${L("payout", language)}: ${L("current", language)}`, `${L("payout", language)}: ${L("difference", language)}`, L("settlement", language)],
    rows: comparison.years.map((year): ReportCell[] => [
      cell(year.year, "count"),
      cell(year.previousStatus ? L(year.previousStatus, language) : "–"),
      cell(year.previous.jobs, "count"), cell(year.current.jobs, "count"), cell(year.difference.jobs, "count", { bold: true }),
      cell(year.previous.residentJobs, "count"), cell(year.current.residentJobs, "count"), cell(year.difference.residentJobs, "count", { bold: true }),
      cell(year.previous.payout.shownKronor(), "kronor"), cell(year.current.payout.shownKronor(), "kronor"), cell(year.difference.payout.shownKronor(), "kronor", { bold: true }),
      cell(settlementText(year, language), "text", year.settlement ? { tone: SETTLEMENT_TONE[year.settlement] } : {}),
    ]),
    table: "Jamforelse_ar",
  };
  const changeRows = comparison.sheets.flatMap((sheet) => sheet.changes.flatMap((change) => changeCells(sheet, change, language)));
  const changesBlock = {
    title: L("allChangesTitle", language),
    header: [L("sheet", language), L("kind", language), L("key", language), L("cell", language), L("field", language), L("oldValue", language), L("newValue", language), L("yearsMoved", language)],
    rows: capped(changeRows, 8, language),
    table: "Jamforelse_rader",
  };
  const { resolved, open } = comparison.followUp;
  const followUpRows = [
    ...resolved.map((item) => followUpCells("resolved", item, false, language)),
    ...comparison.followUp.new.map((item) => followUpCells("new", item, true, language)),
    ...open.map((item) => followUpCells("open", item, true, language)),
  ];
  const followUpBlock = {
    title: `${L("followUpTitle", language)}: ${L("resolved", language)} ${resolved.length}, ${L("open", language).toLowerCase()} ${open.length}, ${L("new", language).toLowerCase()} ${comparison.followUp.new.length}`,
    header: [L("followUpTitle", language), L("code", language), L("sheet", language), L("cell", language), L("message", language)],
    rows: capped(followUpRows, 5, language),
    table: "Jamforelse_uppfoljning",
  };
  return {
    name: COMPARISON_SHEET,
    title: L("sheetTitle", language),
    subtitle: [
      `${L("previousFile", language)}: ${files.previous}, ${L("reportDate", language).toLowerCase()} ${isoDay(previous.reportDate)}`,
      `${L("currentFile", language)}: ${files.current}, ${L("reportDate", language).toLowerCase()} ${isoDay(current.reportDate)}`,
      comparison.findings.length ? `${L("changesTitle", language)}: ${comparison.findings.length}` : L("noRetroactive", language),
    ],
    blocks: [retroactiveBlock, yearBlock, rowBlock, changesBlock, followUpBlock],
    columnWidths: [22, 16, 22, 12, 22, 18, 18, 18, 18, 18, 18, 22],
  };
}

/** A finding's cell as a link into the current workbook; a removed row has only its old row, in words. */
function placeCell(item: Finding, language: Language): ReportCell {
  if (item.code === "ROW_REMOVED") return cell(language === "sv" ? `rad ${item.params.row} (förra)` : `row ${item.params.row} (previous)`);
  const address = cellOf(item.place);
  return address ? cell(address, "text", { link: { sheet: item.place.sheet, cell: address } }) : cell("");
}

function changeCells(sheet: SheetComparison, change: ComparedChange, language: Language): ReportCell[][] {
  const row = (change.current ?? change.previous)!;
  const key = cell(maskPersonnummer(shownKey(sheet.sheet, row)));
  const kind = cell(L(change.kind, language), "text", change.yearsMoved.length ? { tone: "warn" } : {});
  const moved = cell(change.yearsMoved.join(", "));
  const link = (col: number | undefined): ReportCell => {
    if (!change.current || col === undefined) return cell(change.previous && !change.current ? (language === "sv" ? `rad ${change.previous.row + 1} (förra)` : `row ${change.previous.row + 1} (previous)`) : "");
    const address = a1(change.current.row, col);
    return cell(address, "text", { link: { sheet: sheet.name, cell: address } });
  };
  if (change.kind !== "changed") return [[cell(sheet.name), kind, key, link(sheet.currentTable?.columns[ROW_CELL_FIELD[sheet.sheet]]), cell(""), cell(""), cell(""), moved]];
  return change.fields.map((field) => [
    cell(sheet.name), kind, key, link(sheet.currentTable?.columns[field.field]),
    cell(sheet.currentTable?.headers[field.field] ?? String(field.field)),
    cell(shownValue(field.field, field.old, language)), cell(shownValue(field.field, field.new, language)), moved,
  ]);
}

/** A compared value as people read it: dates as `YYYY-MM-DD`, Ja/Nej, a rate as percent, masked text. */
function shownValue(field: string, value: unknown, language: Language): string {
  const json = jsonValue(field, value);
  if (json === null) return shown("", "text", language);
  if (typeof json === "boolean") return shown(String(json), "bool", language);
  if (field === "rate") return shown(String(json), "rate", language);
  return String(json);
}

function followUpCells(status: "resolved" | "open" | "new", item: Finding, linked: boolean, language: Language): ReportCell[] {
  const address = cellOf(item.place);
  const tone: CellTone = status === "resolved" ? "good" : status === "new" ? "warn" : "info";
  return [
    cell(L(status, language), "text", { tone }),
    cell(item.code),
    cell(item.place.sheet),
    address && linked ? cell(address, "text", { link: { sheet: item.place.sheet, cell: address } }) : cell(address),
    cell(messageOf(item, language)),
  ];
}

function capped(rows: ReportCell[][], width: number, language: Language): ReportCell[][] {
  if (rows.length <= MAX_ROWS) return rows;
  const more = cell(L("moreRows", language).replace("{n}", String(rows.length - MAX_ROWS)));
  return [...rows.slice(0, MAX_ROWS), [more, ...Array.from({ length: width - 1 }, () => cell(""))]];
}
