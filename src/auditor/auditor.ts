import { type Day, parseIsoDay, today } from "../domain/day";
import { formatNumber, type Language } from "../domain/number-format";
import { fillIn } from "../workbook/fill-in";
import { isPresetName, presetChoices } from "../domain/presets";
import { shownText } from "../domain/shown-text";
import type { BrowserAudit } from "./auditor-engine";

const TEXTS = {
  sv: {
    intro: "Granska en resultatarbetsbok utan Excel. Filen läses här i webbläsaren och skickas ingenstans.",
    drop: "Välj eller släpp en .xlsx-fil här", preset: "Avtalsmall", lang: "Språk", reading: "Läser och granskar {file} …",
    done: "{file}: {errors} fel, {warnings} varningar, {infos} information.", failed: "Det gick inte: {reason}",
    xlsx: "Ladda ned rapportarbetsboken", html: "Ladda ned styrelserapporten (HTML)", json: "Ladda ned JSON",
    reportDate: "Rapportdatum (ÅÅÅÅ-MM-DD)", reportDateHint: "Tomt: Avtals report_date, annars i dag.", badDate: "Rapportdatumet \"{value}\" är inget datum ÅÅÅÅ-MM-DD.",
    previous: "Förra inlämningen, att jämföra med (valfri)",
    compared: "{file} jämförd med {previous}: {changes} ändringar i redan betalda år; tidigare fynd {resolved} åtgärdade, {open} kvarstår, {fresh} nya.",
  },
  en: {
    intro: "Audit a results workbook without Excel. The file is read here in the browser and sent nowhere.",
    drop: "Choose or drop an .xlsx file here", preset: "Agreement preset", lang: "Language", reading: "Reading and auditing {file} …",
    done: "{file}: {errors} errors, {warnings} warnings, {infos} infos.", failed: "That did not work: {reason}",
    xlsx: "Download the report workbook", html: "Download the board report (HTML)", json: "Download the JSON",
    reportDate: "Report date (YYYY-MM-DD)", reportDateHint: "Empty: Avtal's report_date, else today.", badDate: "The report date \"{value}\" is not a date YYYY-MM-DD.",
    previous: "The previous submission, to compare with (optional)",
    compared: "{file} compared with {previous}: {changes} changes to years already paid; earlier findings {resolved} resolved, {open} still open, {fresh} new.",
  },
} as const;

type Key = keyof (typeof TEXTS)["sv"];
const element = (id: string) => document.getElementById(id)!;
let language: Language = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "sv";
let last: { file: File; audit: BrowserAudit; choices: string } | undefined;
/** A previous submission chosen beside the workbook: then the page compares the two (spec 12). */
let previous: File | undefined;

/** A text of the page with its values filled in; every value (a file name, a library's message) passes the one gate. */
function text(key: Key, values: Record<string, string | number> = {}): string {
  return fillIn(TEXTS[language][key], Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? shownText(value) : value])));
}

function applyLanguage(): void {
  document.documentElement.lang = language;
  (element("lang") as HTMLSelectElement).value = language;
  element("intro").textContent = text("intro");
  element("drop-text").textContent = text("drop");
  element("preset-label").textContent = text("preset");
  element("lang-label").textContent = text("lang");
  element("report-date-label").textContent = text("reportDate");
  element("report-date-hint").textContent = text("reportDateHint");
  element("previous-label").textContent = text("previous");
  element("download-xlsx").textContent = text("xlsx");
  element("download-html").textContent = text("html");
  element("download-json").textContent = text("json");
}

async function auditChosen(file: File): Promise<void> {
  const status = element("status");
  status.classList.remove("failed");
  status.textContent = text("reading", { file: file.name });
  element("downloads").hidden = true;
  element("report").replaceChildren();
  // ExcelJS and the engine arrive as their own chunk, only now.
  const engine = await import(/* webpackChunkName: "auditor-engine" */ "./auditor-engine");
  const choices = choicesKey();
  try {
    const preset = (element("preset") as HTMLSelectElement).value;
    const engineChoices = { preset: isPresetName(preset) ? preset : "botkyrka", reportDate: chosenReportDate(), today: today(), language } as const;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const compared = previous && (await engine.compareFiles({ bytes: new Uint8Array(await previous.arrayBuffer()), file: previous.name }, { bytes, file: file.name }, engineChoices));
    const audit = compared || (await engine.auditFile(bytes, file.name, engineChoices));
    last = { file, audit, choices };
    const style = document.createElement("style");
    style.textContent = audit.style;
    const report = element("report");
    // The report's HTML is built by the engine with every value escaped.
    report.innerHTML = audit.body;
    report.prepend(style);
    const { errors, warnings, infos } = audit.result.summary;
    status.textContent = compared
      ? text("compared", { file: file.name, previous: previous!.name, changes: compared.comparison.findings.length, resolved: compared.comparison.followUp.resolved.length, open: compared.comparison.followUp.open.length, fresh: compared.comparison.followUp.new.length })
      : text("done", { file: file.name, errors: formatNumber(errors, language), warnings: formatNumber(warnings, language), infos: formatNumber(infos, language) });
    element("downloads").hidden = false;
  } catch (error) {
    // The shown result is gone: any later change of the choices audits again.
    if (last) last = { ...last, choices: "" };
    status.classList.add("failed");
    status.textContent = text("failed", { reason: engine.failureText(error, language) });
  }
}

/** What the result depends on besides the file: the preset and the report date as typed. */
function choicesKey(): string {
  return `${(element("preset") as HTMLSelectElement).value}|${(element("report-date") as HTMLInputElement).value.trim()}`;
}

/** The report date typed in the field, like the CLI's `--report-date` (spec 10.1: it wins over Avtal's). */
function chosenReportDate(): Day | undefined {
  const value = (element("report-date") as HTMLInputElement).value.trim();
  if (!value) return undefined;
  const day = parseIsoDay(value);
  if (day === undefined) throw new Error(text("badDate", { value }));
  return day;
}

function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The download's name from the input's, through the gate like every other name; `*` is no file-name character on Windows. */
function baseName(chosen: { file: File }): string {
  return shownText(chosen.file.name.replace(/\.xlsx$/i, "")).replace(/\*/g, "x");
}

/** `-granskning` for an audit, `-jamforelse` for a comparison, as the CLI's README names them. */
function kind(): string {
  return "comparison" in last!.audit ? "jamforelse" : "granskning";
}

for (const choice of presetChoices()) (element("preset") as HTMLSelectElement).add(new Option(choice.label, choice.name));
applyLanguage();
const previousInput = element("previous") as HTMLInputElement;
previousInput.addEventListener("change", () => {
  previous = previousInput.files?.[0];
  if (last) void auditChosen(last.file);
});
const input = element("file") as HTMLInputElement;
input.addEventListener("change", () => input.files?.[0] && void auditChosen(input.files[0]));
const drop = element("drop");
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const file = event.dataTransfer?.files[0];
  if (file) void auditChosen(file);
});
element("lang").addEventListener("change", () => {
  language = (element("lang") as HTMLSelectElement).value === "en" ? "en" : "sv";
  applyLanguage();
  if (last) void auditChosen(last.file);
});
// A changed report date or preset changes the result: audit again.
// A field's change event can come long after its value was used (on blur, when a button is
// clicked): audit again only when the choices differ from the ones the shown result used.
for (const id of ["report-date", "preset"]) element(id).addEventListener("change", () => last && last.choices !== choicesKey() && void auditChosen(last.file));
// The buttons are hidden until there is a result; a click without one (a script, an old page) does nothing.
element("download-xlsx").addEventListener("click", async () => last && download(`${baseName(last)}-${kind()}.xlsx`, (await last.audit.workbook()) as BlobPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
element("download-html").addEventListener("click", () => last && download(`${baseName(last)}-rapport.html`, last.audit.html(), "text/html"));
element("download-json").addEventListener("click", () => last && download(`${baseName(last)}-${kind()}.json`, last.audit.json(), "application/json"));
