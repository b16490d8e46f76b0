/* global Office, Excel */
import type { AuditResult } from "../domain/audit";
import { type Day, parseIsoDay, today } from "../domain/day";
import { messageOf } from "../domain/messages";
import { shownText } from "../domain/shown-text";
import type { Language } from "../domain/number-format";
import { isPresetName, type PresetName, presetChoices } from "../domain/presets";
import { auditOpenWorkbook, createTemplate, drawSampleIntoWorkbook, selectCell, writePayoutAndSummary } from "../excel/workbook-actions";
import { formatKronor } from "../domain/number-format";
import { MAX_SEED, type SampleMethod } from "../domain/sample/select-sample";
import { readFraction } from "../workbook/read-rate";
import { compareAction } from "./compare-action";
import { decisionPage } from "../report/decision-page";
import { cellOf } from "../workbook/a1";
import { label as reportLabel } from "../workbook/report-labels";
import { text, type TextKey } from "./taskpane-texts";

/** Findings listed in the pane; the sheet Granskning has them all. */
const LISTED = 200;

let language: Language = "en";
let lastAudit: AuditResult | undefined;

Office.onReady(() => {
  language = Office.context.displayLanguage?.toLowerCase().startsWith("sv") ? "sv" : "en";
  document.documentElement.lang = language;
  const label = (id: string, key: TextKey) => (element(id).textContent = text(key, language));
  label("title", "title");
  label("intro", "intro");
  label("preset-label", "preset");
  label("report-date-label", "reportDate");
  label("template", "template");
  label("audit", "audit");
  label("payout", "payout");
  label("findings-title", "findings");
  label("sample-title", "sampleTitle");
  label("sample-intro", "sampleIntro");
  label("confidence-label", "confidence");
  label("tolerable-label", "tolerable");
  label("size-label", "size");
  label("method-label", "method");
  label("seed-label", "seed");
  label("draw-sample", "drawSample");
  label("replace-sample", "replaceSample");
  const method = element("method") as HTMLSelectElement;
  method.add(new Option(text("methodRandom", language), "random"));
  method.add(new Option(text("methodMus", language), "mus"));
  // A fresh seed is drawn and shown; the auditor may type another, or keep it to draw the same sample again.
  (element("seed") as HTMLInputElement).value = String(crypto.getRandomValues(new Uint32Array(1))[0]);
  element("draw-sample").addEventListener("click", () => run(() => sampleAction(false)));
  element("replace-sample").addEventListener("click", () => run(() => sampleAction(true)));
  for (const choice of presetChoices()) (element("preset") as HTMLSelectElement).add(new Option(choice.label, choice.name));
  element("template").addEventListener("click", () => run(templateAction));
  element("audit").addEventListener("click", () => run(auditAction));
  element("payout").addEventListener("click", () => run(payoutAction));
  label("compare-title", "compareTitle");
  label("previous-file-label", "compareFile");
  label("compare", "compare");
  element("compare").addEventListener("click", () => run(() => compareAction({ ...choices(), language, status, select: (sheet, cell) => run(async () => {
    await Excel.run((context) => selectCell(context, sheet, cell));
    return `${sheet}!${cell}`;
  }) })));
});

async function templateAction(): Promise<string> {
  const { preset } = choices();
  const answer = await Excel.run((context) => createTemplate(context, preset));
  const lines = [];
  if (answer.created.length) lines.push(text("templateDone", language, { created: answer.created.join(", ") }));
  if (answer.skipped.length) lines.push(text("templateSkipped", language, { skipped: answer.skipped.join(", ") }));
  return lines.join(" ");
}

async function auditAction(): Promise<string> {
  const { preset, reportDate } = choices();
  status(text("reading", language));
  lastAudit = await Excel.run((context) => auditOpenWorkbook(context, { preset, reportDate, today: today(), language }));
  showDecision(lastAudit);
  showFindings(lastAudit);
  element("sample-result").textContent = lastAudit.sample ? messageOf(lastAudit.sample.conclusionFinding, language) : "";
  return text("auditDone", language, lastAudit.summary);
}

async function payoutAction(): Promise<string> {
  // Audit again first, so the payout sheets always reflect the workbook as it is now.
  await auditAction();
  status(text("writing", language));
  await Excel.run((context) => writePayoutAndSummary(context, lastAudit!, language));
  return text("payoutDone", language);
}

/** "Dra stickprov": never over an existing sample unless the auditor clicked "Ersätt stickprovet". */
async function sampleAction(replace: boolean): Promise<string> {
  const { preset, reportDate } = choices();
  const sample = sampleChoices();
  status(text("reading", language));
  const answer = await Excel.run((context) => drawSampleIntoWorkbook(context, { preset, reportDate, today: today(), language, ...sample }, replace));
  element("replace-sample").hidden = answer.written;
  if (!answer.written) return text("sampleExists", language, { sheet: answer.existing });
  const { draw } = answer;
  return text("sampleDone", language, { n: draw.items.length, items: draw.population.items.length, kronor: formatKronor(draw.population.amount.shownKronor(), language), seed: draw.seed });
}

function sampleChoices(): { seed: number; confidence: number; tolerable: number; size?: number; method: SampleMethod } {
  const value = (id: string) => (element(id) as HTMLInputElement).value.trim();
  const confidence = readFraction(value("confidence"));
  const tolerable = readFraction(value("tolerable"));
  if (!(confidence! > 0 && confidence! < 1 && tolerable! > 0 && tolerable! < 1)) throw new Error(text("badShare", language));
  const seed = Number(value("seed"));
  const size = value("size") ? Number(value("size")) : undefined;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED || (size !== undefined && !(Number.isInteger(size) && size >= 1))) throw new Error(text("badWhole", language));
  const method = (element("method") as HTMLSelectElement).value === "mus" ? "mus" : "random";
  return { seed, confidence: confidence!, tolerable: tolerable!, size, method };
}

/** Runs an action with the buttons disabled; every failure is shown in words, never left unhandled. */
async function run(action: () => Promise<string>): Promise<void> {
  const buttons = ["template", "audit", "payout", "draw-sample", "replace-sample", "compare"].map((id) => element(id) as HTMLButtonElement);
  buttons.forEach((button) => (button.disabled = true));
  element("status").classList.remove("failed");
  status(text("working", language));
  try {
    status(await action());
  } catch (error) {
    element("status").classList.add("failed");
    const reason = error instanceof Error ? error.message : String(error);
    status(text("failed", language, { reason }));
  } finally {
    buttons.forEach((button) => (button.disabled = false));
  }
}

function choices(): { preset: PresetName; reportDate: Day | undefined } {
  const preset = (element("preset") as HTMLSelectElement).value;
  const dateText = (element("report-date") as HTMLInputElement).value.trim();
  const reportDate = dateText ? parseIsoDay(dateText) : undefined;
  if (dateText && reportDate === undefined) throw new Error(text("badDate", language));
  return { preset: isPresetName(preset) ? preset : "botkyrka", reportDate };
}

/** Page one of the board report, from the same plain data (issue 13); the decision text can be edited and copied. */
function showDecision(result: AuditResult): void {
  const page = decisionPage(result, "", language);
  element("decision-title").textContent = page.title;
  element("decision-exit-title").textContent = reportLabel("exitTitle", language);
  element("decision-pay-title").textContent = reportLabel("toPay", language);
  element("decision-matters-title").textContent = reportLabel("matters", language);
  element("decision-text-title").textContent = reportLabel("decision", language);
  const symbol = { good: "✔", warn: "⚠", bad: "✖" } as const;
  const items = (id: string, lines: readonly { text: string; className?: string; badge?: string }[]) => {
    element(id).replaceChildren(...lines.map((line) => {
      const item = document.createElement("li");
      if (line.className) item.className = line.className;
      if (line.badge) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = `${line.badge} `;
        item.append(badge);
      }
      item.append(document.createTextNode(line.text));
      return item;
    }));
  };
  items("decision-checkpoints", page.checkpoints.length
    ? page.checkpoints.map((line) => ({ text: line.text, className: line.tone, badge: symbol[line.tone] }))
    : [{ text: page.noCheckpoints ?? "" }]);
  element("decision-pay").textContent = page.payment.headline;
  items("decision-why", page.payment.why.map((text) => ({ text })));
  items("decision-matters", page.matters.length ? page.matters.map((matter) => ({ text: matter.text, className: matter.severity })) : [{ text: page.noMatters ?? "" }]);
  (element("decision-text") as HTMLTextAreaElement).value = page.decision;
  element("decision-section").hidden = false;
}

function showFindings(result: AuditResult): void {
  const list = element("findings");
  list.replaceChildren();
  for (const item of result.findings.slice(0, LISTED)) {
    const entry = document.createElement("li");
    entry.className = item.severity;
    const button = document.createElement("button");
    button.type = "button";
    const cell = cellOf(item.place);
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = shownText(`${item.code}${item.place.sheet ? ` · ${item.place.sheet}${cell ? `!${cell}` : ""}` : ""}`);
    button.append(code, document.createTextNode(messageOf(item, language)));
    if (cell) button.addEventListener("click", () => run(async () => {
      await Excel.run((context) => selectCell(context, item.place.sheet, cell));
      return `${item.place.sheet}!${cell}`;
    }));
    else button.disabled = true;
    entry.append(button);
    list.append(entry);
  }
  const more = result.findings.length - LISTED;
  element("more").textContent = more > 0 ? text("more", language, { count: more }) : "";
  element("findings-section").hidden = result.findings.length === 0;
}

/** The pane's status line: a sheet name or a library's message in it passes the one gate (issue 10). */
function status(message: string): void {
  element("status").textContent = shownText(message);
}

function element(id: string): HTMLElement {
  return document.getElementById(id)!;
}
