import type { Comparison } from "../domain/compare/compare-submissions";
import { isoDay } from "../domain/day";
import type { Finding } from "../domain/finding";
import { shown } from "../domain/messages";
import { formatKronor, formatNumber, type Language } from "../domain/number-format";
import { maskPersonnummer } from "../domain/personnummer";
import { sheetCell } from "../workbook/a1";
import { compareLabel as L, settlementText } from "../workbook/compare-labels";

/**
 * The readable summary of `compare`: rows added, removed and changed per sheet; every
 * `RETROACTIVE_CHANGE` and `ROW_REMOVED` with its place and old → new; the years side by side;
 * the follow-up counts. The same numbers as the JSON, the `Jämförelse` sheet and the board report.
 */
export function compareSummaryText(comparison: Comparison, files: { previous: string; current: string }, language: Language): string {
  const sv = language === "sv";
  const n = (value: number) => formatNumber(value, language);
  const lines: string[] = [];
  lines.push(sv ? `Jämförelse av ${files.previous} (${isoDay(comparison.previous.reportDate)}) och ${files.current} (${isoDay(comparison.current.reportDate)})` : `Comparison of ${files.previous} (${isoDay(comparison.previous.reportDate)}) and ${files.current} (${isoDay(comparison.current.reportDate)})`);

  lines.push("", L("rowsTitle", language).toUpperCase());
  for (const sheet of comparison.sheets) {
    const { added, removed, changed, unchanged } = sheet.counts;
    lines.push(`  ${sheet.name}: ${n(added)} ${L("added", language).toLowerCase()}, ${n(removed)} ${L("removed", language).toLowerCase()}, ${n(changed)} ${L("changed", language).toLowerCase()}, ${n(unchanged)} ${L("unchanged", language).toLowerCase()}`);
  }

  lines.push("", `${L("changesTitle", language).toUpperCase()} (${comparison.findings.length})`);
  if (comparison.findings.length === 0) lines.push(`  ${L("noRetroactive", language)}`);
  for (const item of comparison.findings) lines.push(`  ${changeLine(item, language)}`);

  lines.push("", L("yearsTitle", language).toUpperCase(), ...yearTable(comparison, language));

  const { resolved, open } = comparison.followUp;
  lines.push("", L("followUpTitle", language).toUpperCase());
  lines.push(`  ${L("resolved", language)}: ${n(resolved.length)}, ${L("open", language).toLowerCase()}: ${n(open.length)}, ${L("new", language).toLowerCase()}: ${n(comparison.followUp.new.length)}`);
  return lines.join("\n") + "\n";
}

/** One retroactive change: code, place, what changed from what to what, and the paid year it moves. */
export function changeLine(item: Finding, language: Language): string {
  const p = item.params;
  const year = `${L("year", language).toLowerCase()} ${p.year}`;
  const row = `${p.keyColumn ? `${p.keyColumn} ` : ""}"${maskPersonnummer(String(p.key))}"`;
  if (item.code === "ROW_REMOVED") {
    const where = language === "sv" ? `${item.place.sheet} rad ${p.row} (förra inlämningen)` : `${item.place.sheet} row ${p.row} (previous submission)`;
    return `ROW_REMOVED  ${where}  ${row} ${language === "sv" ? "borttagen" : "removed"}; ${year}`;
  }
  if (p.change === "added") return `RETROACTIVE_CHANGE  ${sheetCell(item.place)}  ${language === "sv" ? "ny rad" : "new row"} ${row}; ${year}`;
  return `RETROACTIVE_CHANGE  ${sheetCell(item.place)}  ${p.column}: ${shown(p.old, p.kind, language)} → ${shown(p.new, p.kind, language)}  (${row}); ${year}`;
}

function yearTable(comparison: Comparison, language: Language): string[] {
  const n = (value: number) => formatNumber(value, language);
  const signed = (value: number) => (value > 0 ? `+${n(value)}` : n(value));
  const kr = (value: number) => formatKronor(value, language);
  const headers = [L("year", language), L("statusThen", language), `${L("jobs", language)} ${L("previous", language).toLowerCase()}`, L("current", language).toLowerCase(), "±",
    `${L("residentJobs", language)} ${L("previous", language).toLowerCase()}`, L("current", language).toLowerCase(), "±",
    `${L("payout", language)} ${L("previous", language).toLowerCase()}`, L("current", language).toLowerCase(), "±", L("settlement", language)];
  const rows = comparison.years.map((year) => [
    String(year.year), year.previousStatus ? L(year.previousStatus, language) : "–",
    n(year.previous.jobs), n(year.current.jobs), signed(year.difference.jobs),
    n(year.previous.residentJobs), n(year.current.residentJobs), signed(year.difference.residentJobs),
    kr(year.previous.payout.shownKronor()), kr(year.current.payout.shownKronor()), (year.difference.payout.shownKronor() > 0 ? "+" : "") + kr(year.difference.payout.shownKronor()),
    settlementText(year, language),
  ]);
  const all = [headers, ...rows];
  const widths = headers.map((_, col) => Math.max(...all.map((cells) => cells[col]!.length)));
  return all.map((cells) => "  " + cells.map((text, col) => (col < 2 || col === 11 ? text.padEnd(widths[col]!) : text.padStart(widths[col]!))).join("  ").trimEnd());
}
