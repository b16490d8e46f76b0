import { type Day, parseIsoDay } from "../domain/day";
import type { Language } from "../domain/number-format";
import { isPresetName, PRESET_NAMES, type PresetName } from "../domain/presets";
import { CliUsageError } from "./cli-usage-error";

/** Checks `--preset`. */
export function presetOption(value: string | undefined): PresetName {
  const name = (value ?? "botkyrka").toLowerCase();
  if (!isPresetName(name)) throw new CliUsageError("badPreset", { value: String(value), choices: PRESET_NAMES.join(", ") });
  return name;
}

/** Checks a `YYYY-MM-DD` option. */
export function dayOption(flag: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDay(value);
  if (day === undefined) throw new CliUsageError("badDate", { flag, value });
  return day;
}

/** Checks `--lang`. */
export function languageOption(value: string | undefined): Language {
  const language = (value ?? "sv").toLowerCase();
  if (language !== "sv" && language !== "en") throw new CliUsageError("badLanguage", { value: String(value) });
  return language;
}

/**
 * The run's language, read from the arguments before they are parsed, so that even commander's
 * own usage errors speak it (issue 10: one language per run). Anything but `en` is Swedish.
 */
export function runLanguage(argv: readonly string[]): Language {
  let language: Language = "sv";
  argv.forEach((arg, index) => {
    const value = arg === "--lang" ? argv[index + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined) language = value.toLowerCase() === "en" ? "en" : "sv";
  });
  return language;
}

/** Checks a whole-number option within bounds. */
export function wholeOption(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new CliUsageError("badWhole", { flag, value, min, max });
  return number;
}
