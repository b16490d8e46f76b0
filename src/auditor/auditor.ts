import { today } from "../domain/day";
import type { Language } from "../domain/number-format";
import { fillIn } from "../workbook/fill-in";
import { isPresetName, presetChoices } from "../domain/presets";
import type { BrowserAudit } from "./auditor-engine";

const TEXTS = {
  sv: {
    intro: "Granska en resultatarbetsbok utan Excel. Filen läses här i webbläsaren och skickas ingenstans.",
    drop: "Välj eller släpp en .xlsx-fil här", preset: "Avtalsmall", lang: "Språk", reading: "Läser och granskar {file} …",
    done: "{file}: {errors} fel, {warnings} varningar, {infos} information.", failed: "Det gick inte: {reason}",
    xlsx: "Ladda ned rapportarbetsboken", html: "Ladda ned styrelserapporten (HTML)", json: "Ladda ned JSON",
    previous: "Förra inlämningen, att jämföra med (valfri)",
    compared: "{file} jämförd med {previous}: {changes} ändringar i redan betalda år; tidigare fynd {resolved} åtgärdade, {open} kvarstår, {fresh} nya.",
  },
  en: {
    intro: "Audit a results workbook without Excel. The file is read here in the browser and sent nowhere.",
    drop: "Choose or drop an .xlsx file here", preset: "Agreement preset", lang: "Language", reading: "Reading and auditing {file} …",
    done: "{file}: {errors} errors, {warnings} warnings, {infos} infos.", failed: "That did not work: {reason}",
    xlsx: "Download the report workbook", html: "Download the board report (HTML)", json: "Download the JSON",
    previous: "The previous submission, to compare with (optional)",
    compared: "{file} compared with {previous}: {changes} changes to years already paid; earlier findings {resolved} resolved, {open} still open, {fresh} new.",
  },
} as const;

type Key = keyof (typeof TEXTS)["sv"];
const element = (id: string) => document.getElementById(id)!;
let language: Language = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "sv";
let last: { file: File; audit: BrowserAudit } | undefined;
/** A previous submission chosen beside the workbook: then the page compares the two (spec 12). */
let previous: File | undefined;

function text(key: Key, values: Record<string, string | number> = {}): string {
  return fillIn(TEXTS[language][key], values);
}

function applyLanguage(): void {
  document.documentElement.lang = language;
  (element("lang") as HTMLSelectElement).value = language;
  element("intro").textContent = text("intro");
  element("drop-text").textContent = text("drop");
  element("preset-label").textContent = text("preset");
  element("lang-label").textContent = text("lang");
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
  try {
    const preset = (element("preset") as HTMLSelectElement).value;
    const choices = { preset: isPresetName(preset) ? preset : "botkyrka", today: today(), language } as const;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const compared = previous && (await engine.compareFiles({ bytes: new Uint8Array(await previous.arrayBuffer()), file: previous.name }, { bytes, file: file.name }, choices));
    const audit = compared || (await engine.auditFile(bytes, file.name, choices));
    last = { file, audit };
    const style = document.createElement("style");
    style.textContent = audit.style;
    const report = element("report");
    // The report's HTML is built by the engine with every value escaped.
    report.innerHTML = audit.body;
    report.prepend(style);
    status.textContent = compared
      ? text("compared", { file: file.name, previous: previous!.name, changes: compared.comparison.findings.length, resolved: compared.comparison.followUp.resolved.length, open: compared.comparison.followUp.open.length, fresh: compared.comparison.followUp.new.length })
      : text("done", { file: file.name, ...audit.result.summary });
    element("downloads").hidden = false;
  } catch (error) {
    status.classList.add("failed");
    status.textContent = text("failed", { reason: engine.failureText(error, language) });
  }
}

function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName(): string {
  return last!.file.name.replace(/\.xlsx$/i, "");
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
element("download-xlsx").addEventListener("click", async () => download(`${baseName()}-${kind()}.xlsx`, (await last!.audit.workbook()) as BlobPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
element("download-html").addEventListener("click", () => download(`${baseName()}-rapport.html`, last!.audit.html(), "text/html"));
element("download-json").addEventListener("click", () => download(`${baseName()}-${kind()}.json`, last!.audit.json(), "application/json"));
