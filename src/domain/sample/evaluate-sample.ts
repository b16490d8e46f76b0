import { finding, type Finding, type Place } from "../finding";
import { Money } from "../money";
import { Rational } from "../rational";
import { fieldPlace } from "../records";
import { keyOfItem, type PaidItem, paidOre, sampleItemKey } from "./paid-item";
import { samplePopulation } from "./sample-population";
import type { SampleItemRecord, SampleSheetContent } from "./sample-sheet";
import { type SampleMethod, selectSample } from "./select-sample";
import { upperDeviationRate } from "./upper-deviation-rate";

export type SampleConclusion = "supported" | "not-supported" | "incomplete";

/** The evaluation of spec section 11, with the conclusion in words as a finding. */
export interface SampleEvaluation {
  readonly sheet: string;
  readonly method: SampleMethod | null;
  readonly seed: number | null;
  readonly confidence: number | null;
  readonly tolerable: number | null;
  /** The agreement years sampled; `null` is every year. */
  readonly years: readonly number[] | null;
  readonly populationItems: number;
  readonly populationAmount: Money;
  /** Items in the sample: the drawn ones when the draw can be checked, else the sheet's. */
  readonly n: number;
  readonly checked: number;
  /** Items not checked yet, or whose row is invalid (`n − checked`). */
  readonly unchecked: number;
  readonly deviations: number;
  readonly deviationRate: number | null;
  readonly upperDeviationRate: number | null;
  readonly projectedMisstatement: Money | null;
  readonly upperMisstatement: Money | null;
  readonly conclusion: SampleConclusion;
  readonly conclusionFinding: Finding;
}

/**
 * Evaluates a filled `Stickprov` sheet against the paid items of this audit (spec section 11).
 * Never throws on what the sheet holds: every problem is a finding. A row counts as checked when
 * its item still matches a paid item (sheet, row, ID, year and amount), `Avvikelse` is answered,
 * and its answers agree with each other; any other row of the sample counts as unchecked.
 *
 * The draw is checked too: when the population is the one recorded on the sheet, the recorded
 * seed, method and size draw the sample again, so a row swapped for an easier item, or an item
 * deleted from the sheet, is `SAMPLE_INVALID` by name. The payout is supported only when every
 * drawn item is checked and `ub ≤ tolerable`; until then the conclusion is "incomplete".
 */
export function evaluateSample(content: SampleSheetContent, paidItems: readonly PaidItem[], findings: Finding[]): SampleEvaluation {
  const { parameters, table, sheet } = content;
  const years = parameters.years.value === "all" ? undefined : parameters.years.value;
  const population = samplePopulation(paidItems, years);
  const byKey = new Map(population.items.map((item) => [keyOfItem(item), item]));
  const at = (row: number, field: keyof SampleItemRecord): Place => (table ? fieldPlace(table, row, field) : { sheet });
  const invalid = (place: Place, params: Record<string, string | number | undefined>) => findings.push(finding("SAMPLE_INVALID", place, params));

  const recordedItems = parameters.populationItems.value;
  const recordedSek = parameters.populationSek.value;
  const populationKnown = recordedItems !== undefined && recordedSek !== undefined;
  const populationChanged = populationKnown && (recordedItems !== population.items.length || Math.round(recordedSek * 100) !== paidOre(population.amount));
  if (populationChanged) {
    invalid(parameters.populationItems.place, {
      problem: "populationChanged", found: recordedItems, foundSek: recordedSek, expected: population.items.length, expectedSek: population.amount.shownKronor(),
    });
  }
  const { method, seed, sampleSize } = { method: parameters.method.value, seed: parameters.seed.value, sampleSize: parameters.sampleSize.value };
  const drawn = populationKnown && !populationChanged && method !== undefined && seed !== undefined && sampleSize !== undefined
    ? selectSample(population.items, sampleSize, seed, method)
    : undefined;
  const drawnKeys = drawn && new Set(drawn.map(keyOfItem));

  const seen = new Map<string, number>();
  const onSheet = new Set<string>();
  let rowsInSample = 0;
  let checked = 0;
  let deviations = 0;
  let sampled = Money.ZERO;
  let misstated = Money.ZERO;
  let firstUnchecked: Place | undefined;
  for (const row of table?.rows ?? []) {
    const fields = row.fields;
    const unchecked = () => (firstUnchecked ??= at(row.row, "deviation"));
    if (fields.sheet === undefined || fields.row === undefined || fields.id === undefined || fields.year === undefined) {
      const missing = (["sheet", "row", "id", "year"] as const).find((field) => fields[field] === undefined)!;
      // An unreadable key cell is reported by the reader already; an empty one is reported here.
      if (!row.invalid) invalid(at(row.row, missing), { problem: "required", column: table!.headers[missing] });
      rowsInSample++;
      unchecked();
      continue;
    }
    const key = sampleItemKey(fields.sheet, fields.row, fields.id, fields.year);
    const where = { found: fields.id, sheetName: fields.sheet, row: fields.row + 1, year: fields.year };
    const first = seen.get(key);
    if (first !== undefined) {
      invalid(at(row.row, "id"), { problem: "duplicate", ...where, firstRow: first + 1 });
      continue;
    }
    seen.set(key, row.row);
    const item = byKey.get(key);
    if (drawnKeys && !drawnKeys.has(key)) {
      // Not part of the drawn sample: a row added, or one whose key was edited.
      invalid(at(row.row, "id"), { problem: item ? "notDrawn" : "noMatch", ...where, seed });
      continue;
    }
    rowsInSample++;
    onSheet.add(key);
    if (!item) {
      invalid(at(row.row, "id"), { problem: "noMatch", ...where, seed });
      unchecked();
      continue;
    }
    if (row.invalid) {
      unchecked();
      continue;
    }
    if (fields.paidSek === undefined) {
      invalid(at(row.row, "paidSek"), { problem: "required", column: table!.headers.paidSek });
      unchecked();
      continue;
    }
    if (Math.round(fields.paidSek * 100) !== paidOre(item.amount)) {
      invalid(at(row.row, "paidSek"), { problem: "amountChanged", ...where, foundSek: fields.paidSek, expectedSek: item.amount.shownKronor() });
      unchecked();
      continue;
    }
    if (fields.deviation === undefined) {
      unchecked();
      continue;
    }
    if (fields.evidence === false && fields.deviation === false) {
      invalid(at(row.row, "evidence"), { problem: "noEvidenceNoDeviation", ...where });
      unchecked();
      continue;
    }
    if (fields.deviation === false && fields.misstatedSek !== undefined && fields.misstatedSek > 0) {
      invalid(at(row.row, "misstatedSek"), { problem: "misstatedWithoutDeviation", ...where, foundSek: fields.misstatedSek });
      unchecked();
      continue;
    }
    // Spec section 11: a deviation's misstated amount defaults to the whole paid amount.
    const wrong = fields.deviation ? (fields.misstatedSek === undefined ? item.amount : Money.kronor(fields.misstatedSek)) : Money.ZERO;
    if (wrong.greaterThan(item.amount)) {
      invalid(at(row.row, "misstatedSek"), { problem: "aboveAmount", ...where, foundSek: fields.misstatedSek, expectedSek: item.amount.shownKronor() });
      unchecked();
      continue;
    }
    checked++;
    sampled = sampled.add(item.amount);
    if (fields.deviation) {
      deviations++;
      misstated = misstated.add(wrong);
      findings.push(finding("SAMPLE_DEVIATION", at(row.row, "deviation"), { ...where, foundSek: wrong.shownKronor(), expectedSek: item.amount.shownKronor() }));
    }
  }

  const recordedN = parameters.sampleSize.value;
  let n: number;
  if (drawn) {
    n = drawn.length;
    const headerPlace: Place = table ? { sheet, row: table.headerRow, col: table.columns.id ?? 0 } : { sheet };
    for (const item of drawn) {
      if (!onSheet.has(keyOfItem(item))) invalid(headerPlace, { problem: "missing", found: item.id, sheetName: item.sheet, row: item.row + 1, year: item.year, seed });
    }
  } else {
    n = Math.max(rowsInSample, recordedN ?? 0);
    if (recordedN !== undefined && rowsInSample !== recordedN) invalid(parameters.sampleSize.place, { problem: "rowCount", found: rowsInSample, expected: recordedN });
  }

  const unchecked = n - checked;
  if (unchecked > 0) findings.push(finding("SAMPLE_INCOMPLETE", firstUnchecked ?? { sheet }, { unchecked, n, checked }));

  const confidence = parameters.confidence.value;
  const tolerable = parameters.tolerable.value;
  const deviationRate = checked > 0 ? deviations / checked : null;
  const upper = confidence === undefined ? null : upperDeviationRate(confidence, deviations, checked);
  // Only checked items add to `sampled`, so none checked leaves it 0: no projection.
  const projectedMisstatement = sampled.greaterThan(Money.ZERO) ? population.amount.times(misstated.ore.divide(sampled.ore)) : null;
  const upperMisstatement = upper === null ? null : population.amount.times(Rational.fromNumber(upper));
  const verified = drawn !== undefined;
  // An empty sample (n = 0) needs no test of its own: with none checked there is no upper limit.
  const conclusion: SampleConclusion =
    !verified || unchecked > 0 || upper === null || tolerable === undefined ? "incomplete" : upper <= tolerable ? "supported" : "not-supported";
  const conclusionFinding = finding("SAMPLE_CONCLUSION", { sheet }, {
    conclusion,
    why: conclusion !== "incomplete" ? undefined : !verified ? "unverified" : "unchecked",
    n, checked, unchecked, deviations,
    rate: deviationRate ?? undefined,
    upper: upper ?? undefined,
    tolerable,
    confidence,
    projectedSek: projectedMisstatement?.shownKronor(),
    upperSek: upperMisstatement?.shownKronor(),
    populationSek: population.amount.shownKronor(),
    populationItems: population.items.length,
  }, conclusion === "supported" ? "info" : "warning");
  findings.push(conclusionFinding);

  return {
    sheet,
    method: method ?? null,
    seed: seed ?? null,
    confidence: confidence ?? null,
    tolerable: tolerable ?? null,
    years: population.years ?? null,
    populationItems: population.items.length,
    populationAmount: population.amount,
    n,
    checked,
    unchecked,
    deviations,
    deviationRate,
    upperDeviationRate: upper,
    projectedMisstatement,
    upperMisstatement,
    conclusion,
    conclusionFinding,
  };
}
