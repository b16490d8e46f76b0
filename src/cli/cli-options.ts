import { type Day, parseIsoDay } from "../domain/day";
import type { Language } from "../domain/number-format";
import { isPresetName, PRESET_NAMES, type PresetName } from "../domain/presets";
import { CliUsageError } from "./cli-usage-error";

/** Checks `--preset`. */
export function presetOption(value: string | undefined): PresetName {
  const name = (value ?? "botkyrka").toLowerCase();
  if (!isPresetName(name)) throw new CliUsageError(`--preset: "${value}" is not one of ${PRESET_NAMES.join(", ")}`);
  return name;
}

/** Checks a `YYYY-MM-DD` option. */
export function dayOption(flag: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDay(value);
  if (day === undefined) throw new CliUsageError(`${flag}: "${value}" is not a date YYYY-MM-DD`);
  return day;
}

/** Checks `--lang`. */
export function languageOption(value: string | undefined): Language {
  const language = (value ?? "sv").toLowerCase();
  if (language !== "sv" && language !== "en") throw new CliUsageError(`--lang: "${value}" is not sv or en`);
  return language;
}

/** Checks a whole-number option within bounds. */
export function wholeOption(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new CliUsageError(`${flag}: "${value}" is not a whole number from ${min} to ${max}`);
  return number;
}
