import { AGREEMENT_PARAMETERS, type ParameterKey } from "../domain/agreement-parameters";
import { type Day, parseIsoDay } from "../domain/day";
import type { PresetName } from "../domain/presets";
import { presetCellValue } from "../domain/resolve-agreement";
import { agreementSheet, type DataSheet, emptyResultSheets } from "./data-sheet";
import type { RawCell } from "./raw-cell";

/**
 * The empty result workbook (`resultatrevision template`, task pane "Skapa mall"): `Avtal`
 * filled from the preset, with a Swedish description per parameter, then every result sheet.
 */
export function templateSheets(preset: PresetName, start?: Day): DataSheet[] {
  const avtal = agreementSheet((key) => (key === "start_date" && start !== undefined ? dateCell(start) : presetCell(preset, key)));
  return [avtal, ...emptyResultSheets()];
}

/** A preset's value as a cell of the `Avtal` sheet (a date as a date cell, a list as `1;3`). */
export function presetCell(preset: PresetName, key: ParameterKey): RawCell {
  const value = presetCellValue(preset, key);
  if (value === undefined) return null;
  return AGREEMENT_PARAMETERS[key].kind === "date" ? dateCell(parseIsoDay(String(value))!) : value;
}

/** A day as a date cell (UTC midnight, which is how spreadsheets store a date). */
export function dateCell(day: Day): RawCell {
  return new Date(day * 86_400_000);
}
