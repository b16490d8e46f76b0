import { randomInt } from "node:crypto";
import * as path from "node:path";
import type { Day } from "../domain/day";
import { isoDay } from "../domain/day";
import { sumMoney } from "../domain/money";
import { formatKronor, formatNumber, formatShare, type Language } from "../domain/number-format";
import { drawSample } from "../domain/sample/draw-sample";
import { MAX_SEED, SAMPLE_METHODS, type SampleMethod } from "../domain/sample/select-sample";
import { headerKey } from "../workbook/header-key";
import { readWorkbook } from "../workbook/read-workbook";
import { sampleReportSheet } from "../workbook/sample-report-sheet";
import { SAMPLE_SHEET } from "../workbook/sample-sheet-contract";
import { audit } from "../domain/audit";
import { readWorkbookGrids } from "../xlsx/read-workbook-grids";
import { workbookWithSheets } from "../xlsx/workbook-with-sheets";
import { writeFileAtomically } from "../xlsx/write-file-atomically";
import { dayOption, languageOption, presetOption, wholeOption } from "./cli-options";
import { CliUsageError } from "./cli-usage-error";
import type { CliIo } from "./cli-io";
import { checkOutputs, readInputFile } from "./output-paths";

export interface SampleFlags {
  readonly out?: string;
  readonly seed?: string;
  readonly confidence?: string;
  readonly tolerable?: string;
  readonly size?: string;
  readonly years?: string;
  readonly method?: string;
  readonly preset?: string;
  readonly reportDate?: string;
  readonly lang?: string;
  readonly replace?: boolean;
}

/**
 * `resultatrevision sample WORKBOOK.xlsx --out SAMPLED.xlsx`: audits the workbook, draws a sample
 * of its paid items (spec section 11) and writes a copy of the workbook with the `Stickprov`
 * sheet added, then prints the plan. Never writes over its input, and never over a sample the
 * workbook already holds unless `--replace` is given. Without `--seed` it draws one and prints it.
 */
export async function sampleCommand(file: string, flags: SampleFlags, io: CliIo, today: Day): Promise<number> {
  const preset = presetOption(flags.preset);
  const reportDate = dayOption("--report-date", flags.reportDate);
  const language = languageOption(flags.lang);
  if (!flags.out) throw new CliUsageError("sampleNeedsOut");
  const input = await readInputFile(file);
  await checkOutputs(input, [flags.out]);
  const seed = wholeOption("--seed", flags.seed, 0, MAX_SEED) ?? randomInt(0, 2 ** 32 - 1);
  const confidence = shareOption("--confidence", flags.confidence);
  const tolerable = shareOption("--tolerable", flags.tolerable);
  const size = wholeOption("--size", flags.size, 1, 1_000_000);
  const method = methodOption(flags.method);
  const years = yearsOption(flags.years);

  const bytes = input.bytes;
  const grids = await readWorkbookGrids(bytes, path.basename(file));
  const existing = grids.find((grid) => [SAMPLE_SHEET.sv, SAMPLE_SHEET.en].some((name) => headerKey(name) === headerKey(grid.name)));
  if (existing && !flags.replace) {
    throw new CliUsageError("sampleExists", { file, sheet: existing.name });
  }
  const result = audit(readWorkbook(grids.filter((grid) => grid !== existing)), { preset, reportDate, today });
  for (const year of years ?? []) {
    if (year > result.years.length) throw new CliUsageError("sampleYearOutside", { year, last: result.years.length });
  }
  const draw = drawSample(result, { seed, method, confidence, tolerable, size, years });
  if (draw.items.length === 0) throw new CliUsageError("sampleNothingPaid", { file, date: isoDay(result.reportDate) });

  const sheet = sampleReportSheet({ ...draw, reportDate: result.reportDate, preset }, language);
  await writeFileAtomically(flags.out, await workbookWithSheets(bytes, path.basename(file), [sheet]));
  io.stdout(planText(draw, result.reportDate, flags.out, flags.seed === undefined, language));
  return 0;
}

function planText(draw: ReturnType<typeof drawSample>, reportDate: Day, out: string, seedDrawn: boolean, language: Language): string {
  const sv = language === "sv";
  const years = draw.population.years ? draw.population.years.join(", ") : sv ? "alla" : "all";
  const lines = sv
    ? [
      `Stickprov skrivet till ${out} (bladet ${SAMPLE_SHEET.sv})`,
      `  Population: ${formatNumber(draw.population.items.length, language)} utbetalda poster, ${formatKronor(draw.population.amount.shownKronor(), language)} (avtalsår ${years}, per ${isoDay(reportDate)})`,
      `  Urval: ${draw.method === "mus" ? "efter belopp (MUS)" : "slumpmässigt"}, konfidens ${formatShare(draw.confidence, language)}, tolerabel avvikelsegrad ${formatShare(draw.tolerable, language)}`,
      `  n = ${formatNumber(draw.items.length, language)} poster, ${formatKronor(sumMoney(draw.items.map((item) => item.amount)).shownKronor(), language)}`,
      `  Frö: ${draw.seed}${seedDrawn ? " (draget nu; ange --seed " + draw.seed + " för att dra samma stickprov igen)" : ""}`,
      `Fyll i Underlag finns, Avvikelse, Felaktigt belopp (kr), Granskad av, Granskad datum och Kommentar; granska sedan med: resultatrevision audit ${out}`,
    ]
    : [
      `Sample written to ${out} (sheet ${SAMPLE_SHEET.sv})`,
      `  Population: ${formatNumber(draw.population.items.length, language)} paid items, ${formatKronor(draw.population.amount.shownKronor(), language)} (agreement years ${years}, as of ${isoDay(reportDate)})`,
      `  Selection: ${draw.method === "mus" ? "monetary units (MUS)" : "simple random"}, confidence ${formatShare(draw.confidence, language)}, tolerable deviation rate ${formatShare(draw.tolerable, language)}`,
      `  n = ${formatNumber(draw.items.length, language)} items, ${formatKronor(sumMoney(draw.items.map((item) => item.amount)).shownKronor(), language)}`,
      `  Seed: ${draw.seed}${seedDrawn ? ` (drawn now; give --seed ${draw.seed} to draw the same sample again)` : ""}`,
      `Fill in Underlag finns (evidence), Avvikelse (deviation), Felaktigt belopp (kr), Granskad av, Granskad datum and Kommentar; then: resultatrevision audit ${out}`,
    ];
  return lines.join("\n") + "\n";
}

/** Checks `--confidence` / `--tolerable`: a share above 0 and below 1 (`0.95`, `95%`). */
function shareOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const number = text.endsWith("%") ? Number(text.slice(0, -1).replace(",", ".")) / 100 : Number(text.replace(",", "."));
  if (!(number > 0 && number < 1)) throw new CliUsageError("badShare", { flag, value });
  return number;
}

/** Checks `--method`. */
function methodOption(value: string | undefined): SampleMethod {
  const method = (value ?? "random").toLowerCase();
  if (!SAMPLE_METHODS.includes(method as SampleMethod)) throw new CliUsageError("badMethod", { value: String(value), choices: SAMPLE_METHODS.join(", ") });
  return method as SampleMethod;
}

/** Checks `--years 1,2`: agreement years, each a whole number ≥ 1. */
function yearsOption(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const years = value.split(/[,;]/).map((part) => part.trim());
  if (years.length === 0 || years.some((year) => !/^\d+$/.test(year) || Number(year) < 1)) throw new CliUsageError("badYears", { value });
  return [...new Set(years.map(Number))];
}
