import type { Language } from "../domain/number-format";
import type { DecisionPage } from "./decision-page";
import { escapeXml as esc } from "./svg-chart";

const T = {
  sv: { exit: "Utträdesklausul", pay: "Att betala", matters: "Tre frågor för styrelsen", decision: "Förslag till beslut", editable: "Texten kan redigeras före utskrift." },
  en: { exit: "Exit clause", pay: "To pay", matters: "Three matters for the board", decision: "Proposed decision", editable: "The text can be edited before printing." },
} as const;

/** A symbol beside the status word, so the meaning survives print in black and white. */
const SYMBOL = { good: "✔", warn: "⚠", bad: "✖" } as const;

/** Page one of the board report: the decision page, from the same data as the sheet and the task pane. */
export function decisionPageHtml(page: DecisionPage, sha256: string, language: Language): string {
  const t = T[language];
  const checkpoints = page.checkpoints.length
    ? `<ul class="status-lines">${page.checkpoints.map((line) => `<li class="status-line ${line.tone}" data-checkpoint="${line.checkpointYear}" data-status="${line.status}">` +
      `<strong>${esc(line.heading)}:</strong> <span class="badge ${line.tone}">${SYMBOL[line.tone]} ${esc(line.statusWord)}</span> — ${esc(line.conditions.map((condition) => condition.text).join("; "))}</li>`).join("")}</ul>`
    : `<p>${esc(page.noCheckpoints ?? "")}</p>`;
  const matters = page.matters.length
    ? `<ol class="matters">${page.matters.map((matter) => `<li class="${matter.severity}" data-code="${matter.code}"><a href="#kod-${matter.code}">${esc(matter.text)}</a></li>`).join("")}</ol>`
    : `<p>${esc(page.noMatters ?? "")}</p>`;
  return `<section class="decision-page" id="beslut">
<h1>${esc(page.title)}</h1>
<p class="as-of">${esc(page.asOf)} <span class="sha">SHA-256 ${esc(sha256)}</span></p>
<h2>${t.exit}</h2>
${checkpoints}
<h2>${t.pay}</h2>
<p class="pay-headline" data-total-sek="${page.payment.totalSek}">${esc(page.payment.headline)}</p>
<ul class="why">${page.payment.why.map((line) => `<li>${esc(line)}</li>`).join("")}</ul>
<h2>${t.matters}</h2>
${matters}
<h2>${t.decision}</h2>
<div class="decision" contenteditable="true" spellcheck="true" aria-label="${t.decision}">${esc(page.decision)}</div>
<p class="hint">${t.editable}</p>
</section>`;
}
