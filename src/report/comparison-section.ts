import type { Comparison } from "../domain/compare/compare-submissions";
import { isoDay } from "../domain/day";
import { messageOf } from "../domain/messages";
import { formatKronor, formatNumber, type Language } from "../domain/number-format";
import { compareLabel as L, settlementText } from "../workbook/compare-labels";
import { escapeXml as esc } from "./svg-chart";

/** What the board report needs to show the comparison: the comparison and the previous file's name. */
export interface SinceLastReport {
  readonly comparison: Comparison;
  readonly previousFile: string;
}

/**
 * The board report's "Sedan förra rapporten" section (spec 12): the years side by side, what a
 * paid year now owes back or extra, and every change to a paid year in words. Shown only when the
 * report comes from a comparison.
 */
export function comparisonSection({ comparison, previousFile }: SinceLastReport, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  const signed = (value: number) => (value > 0 ? `+${n(value)}` : n(value));
  const kr = (value: number) => (value > 0 ? "+" : "") + formatKronor(value, language);
  const yearRows = comparison.years.map((year) => `<tr data-year="${year.year}" data-difference-sek="${year.difference.payout.shownKronor()}" class="${year.settlement ?? "open-year"}"><th scope="row">${year.year}</th>` +
    [year.previousStatus ? L(year.previousStatus, language) : "–", n(year.previous.jobs), n(year.current.jobs), signed(year.difference.jobs),
      n(year.previous.residentJobs), n(year.current.residentJobs), signed(year.difference.residentJobs),
      formatKronor(year.previous.payout.shownKronor(), language), formatKronor(year.current.payout.shownKronor(), language), kr(year.difference.payout.shownKronor())]
      .map((value) => `<td>${esc(value)}</td>`).join("") + `<td class="settlement">${esc(settlementText(year, language))}</td></tr>`).join("");
  const headers = [L("year", language), L("statusThen", language), `${L("jobs", language)} ${L("previous", language).toLowerCase()}`, L("current", language), "±",
    `${L("residentJobs", language)} ${L("previous", language).toLowerCase()}`, L("current", language), "±",
    `${L("payout", language)} ${L("previous", language).toLowerCase()}`, L("current", language), "±", L("settlement", language)];
  const changes = comparison.findings.length
    ? `<ul class="retroactive">${comparison.findings.map((item) => `<li data-code="${item.code}"><code>${item.code}</code> ${esc(messageOf(item, language))}</li>`).join("")}</ul>`
    : `<p>${esc(L("noRetroactive", language))}</p>`;
  const { resolved, open } = comparison.followUp;
  const followUp = `${L("resolved", language)}: ${n(resolved.length)}, ${L("open", language).toLowerCase()}: ${n(open.length)}, ${L("new", language).toLowerCase()}: ${n(comparison.followUp.new.length)}`;
  return `<section class="since wide" data-retroactive="${comparison.findings.length}"><h2>${esc(L("sinceLast", language))}</h2>
<p>${esc(`${L("previousFile", language)}: ${previousFile}, ${L("reportDate", language).toLowerCase()} ${isoDay(comparison.previous.reportDate)}`)}</p>
<table class="figures since"><thead><tr>${headers.map((text) => `<th scope="col">${esc(text)}</th>`).join("")}</tr></thead><tbody>${yearRows}</tbody></table>
<h3>${esc(L("changesTitle", language))} (${comparison.findings.length})</h3>${changes}
<p>${esc(`${L("followUpTitle", language)}: ${followUp}`)}</p></section>`;
}

/** The section's style, added to the report's style sheet. */
export const COMPARISON_STYLE = `
table.since td.settlement { text-align: left; } tr.owed-back .settlement { background: #ffc7ce; color: #9c0006; } tr.extra .settlement { background: #ffeb9c; color: #9c5700; } tr.none .settlement { background: #c6efce; color: #006100; }
ul.retroactive { padding-left: 18px; } ul.retroactive li { margin: 2px 0; }
`;
