/* global Excel */
import { isRefusal } from "../domain/compare/compare-submissions";
import { type Day, isoDay, today } from "../domain/day";
import { messageOf } from "../domain/messages";
import type { Language } from "../domain/number-format";
import type { PresetName } from "../domain/presets";
import { compareOpenWorkbook } from "../excel/compare-open-workbook";
import { cellOf } from "../workbook/a1";
import { text } from "./taskpane-texts";

/** Changes listed in the pane; the sheet Jämförelse has them all. */
const LISTED = 100;

export interface CompareContext {
  readonly preset: PresetName;
  readonly language: Language;
  readonly status: (message: string) => void;
  readonly select: (sheet: string, cell: string) => void;
}

/** Reads a chosen file in the pane with a FileReader: the bytes never leave the computer. */
export function readChosenFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * "Jämför med tidigare inlämning" (spec 12): reads the chosen previous submission in the pane
 * (the reader arrives as its own chunk), compares it with the open workbook, writes `Jämförelse`
 * and lists every change to a paid year; a click selects its cell.
 */
export async function compareAction(context: CompareContext): Promise<string> {
  const { language } = context;
  const file = (document.getElementById("previous-file") as HTMLInputElement).files?.[0];
  if (!file) throw new Error(text("compareNoFile", language));
  context.status(text("compareReading", language, { file: file.name }));
  const reader = await import(/* webpackChunkName: "previous-submission" */ "./previous-submission");
  const grids = await reader.readPreviousSubmission(await readChosenFile(file), file.name, language);
  context.status(text("reading", language));
  const choices = { preset: context.preset, today: today(), language, previousFile: file.name, currentName: text("openWorkbook", language) };
  const outcome = await Excel.run((excel) => compareOpenWorkbook(excel, grids, choices));
  if (isRefusal(outcome)) {
    const day = (value: Day | undefined) => (value === undefined ? "" : isoDay(value));
    throw new Error(text(outcome.refusal, language, { file: file.name, previous: day(outcome.previousReportDate), current: day(outcome.currentReportDate) }));
  }
  const list = document.getElementById("changes")!;
  list.replaceChildren();
  for (const item of outcome.findings.slice(0, LISTED)) {
    const entry = document.createElement("li");
    entry.className = "warning";
    const button = document.createElement("button");
    button.type = "button";
    const cell = item.code === "RETROACTIVE_CHANGE" ? cellOf(item.place) : "";
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = `${item.code} · ${item.place.sheet}${cell ? `!${cell}` : ""}`;
    button.append(code, document.createTextNode(messageOf(item, language)));
    if (cell) button.addEventListener("click", () => context.select(item.place.sheet, cell));
    else button.disabled = true;
    entry.append(button);
    list.append(entry);
  }
  const { resolved, open } = outcome.followUp;
  return text("compareDone", language, { changes: outcome.findings.length, resolved: resolved.length, open: open.length, fresh: outcome.followUp.new.length });
}
