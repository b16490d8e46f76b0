import fc from "fast-check";
import { audit, type AuditResult } from "../../src/domain/audit";
import { luhnCheckDigit } from "../../src/domain/luhn";
import { Money, sumMoney } from "../../src/domain/money";
import { Rational } from "../../src/domain/rational";
import { drawSample, type SampleChoices } from "../../src/domain/sample/draw-sample";
import { keyOfItem, type PaidItem, paidOre, sampleItemKey } from "../../src/domain/sample/paid-item";
import { samplePopulation } from "../../src/domain/sample/sample-population";
import { sampleSize } from "../../src/domain/sample/sample-size";
import { SeededRandom } from "../../src/domain/seeded-random";
import { selectSample } from "../../src/domain/sample/select-sample";
import { upperDeviationRate } from "../../src/domain/sample/upper-deviation-rate";
import { dataSheetGrid } from "../../src/workbook/data-sheet";
import { EXAMPLE_REPORT_DATE, exampleSheets } from "../../src/workbook/example-workbook";
import type { RawCell, SheetGrid } from "../../src/workbook/raw-cell";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { reportSheetGrid } from "../../src/workbook/report-layout";
import { type SampleAnswers, sampleReportSheet } from "../../src/workbook/sample-report-sheet";
import { paramsOf } from "../helpers/findings";

const OPTIONS = { preset: "botkyrka" as const, today: EXAMPLE_REPORT_DATE };
// Built inside each test, not once for the file: code run outside a test makes every mutant it
// reaches "static" for StrykerJS (issue 14), and a static mutant reruns every test.
const base = () => exampleSheets({ hires: 400, seed: 3 }).map(dataSheetGrid);
const firstAudit = () => audit(readWorkbook(base()), OPTIONS);
const ALL_CLEAN = (): SampleAnswers => ({ evidence: "Ja", deviation: "Nej", reviewedBy: "AB", reviewDate: "2022-09-01" });

/** The example workbook with a `Stickprov` sheet drawn from it and filled with the given answers. */
function sampled(choices: SampleChoices, answers: (item: PaidItem, index: number) => SampleAnswers = ALL_CLEAN) {
  const audited = firstAudit();
  const draw = drawSample(audited, choices);
  const sheet = sampleReportSheet({ ...draw, reportDate: audited.reportDate, preset: "botkyrka" }, "sv", answers);
  return { draw, grid: reportSheetGrid(sheet) as SheetGrid };
}

const auditWith = (...extra: SheetGrid[]): AuditResult => audit(readWorkbook([...base(), ...extra]), OPTIONS);
const codes = (result: AuditResult) => result.findings.map((item) => item.code);

/** A grid with one cell changed (0-based row and column). */
function edited(grid: SheetGrid, changes: readonly [number, number, RawCell][]): SheetGrid {
  const rows = grid.rows.map((row) => [...(row ?? [])]);
  for (const [row, col, value] of changes) rows[row]![col] = value;
  return { name: grid.name, rows };
}

/** The row (0-based) whose first cell is `label`: a parameter's, or the item table's header (`Blad`). */
const rowLabelled = (grid: SheetGrid, label: string) => grid.rows.findIndex((row) => row?.[0] === label);

/** Where the item table starts on the sheet: its header row (0-based). */
const headerRowOf = (grid: SheetGrid) => rowLabelled(grid, "Blad");
/** The `problem` of each SAMPLE_INVALID finding, in order. */
const problemsOf = (result: AuditResult) => result.findings.filter((item) => item.code === "SAMPLE_INVALID").map((item) => item.params.problem);

/** Where `SAMPLE_INCOMPLETE` points: the first unchecked item's Avvikelse cell. */
const firstUncheckedOf = (result: AuditResult) => result.findings.find((item) => item.code === "SAMPLE_INCOMPLETE")!.place;

describe("sample size (spec 11, Poisson without expected deviations)", () => {
  it("is 60 for 95 % confidence and a 5 % tolerable rate, 24 for (0.90, 0.10), capped at the population", () => {
    expect(sampleSize(0.95, 0.05, 10_000)).toBe(60);
    expect(sampleSize(0.9, 0.1, 10_000)).toBe(24);
    expect(sampleSize(0.95, 0.05, 37)).toBe(37);
    expect(sampleSize(0.95, 0.01, 10_000)).toBe(300);
    expect(sampleSize(0.95, 0.05, 0)).toBe(0);
  });

  it("does not round a whole quotient up for its last bit: −ln(e^−1) ÷ (1/49) is 49, though the doubles give 49.00000000000001", () => {
    expect(sampleSize(1 - Math.exp(-1), 1 / 49, 10_000)).toBe(49);
    expect(sampleSize(1 - Math.exp(-3), 0.05, 10_000)).toBe(60);
  });

  it("refuses a confidence or tolerable rate outside (0, 1)", () => {
    for (const [confidence, tolerable] of [[0, 0.05], [1, 0.05], [0.95, 0], [0.95, 1], [Number.NaN, 0.05], [0.95, Number.NaN]]) {
      expect(() => sampleSize(confidence!, tolerable!, 100)).toThrow(new RangeError(`sampleSize: confidence and tolerable rate must lie in (0, 1), got ${confidence} and ${tolerable}`));
    }
    expect(sampleSize(0.01, 0.99, 100)).toBe(1);
  });
});

describe("the upper deviation limit (compared with jfa's Poisson evaluation)", () => {
  // jfa: evaluation(method = "poisson") is poisson.test(x = k, T = n, alternative = "less")$conf.int[2]
  // = qgamma(conf, k + 1) / n; its own test expects 0.04992887 for n = 60, k = 0. By hand:
  // −ln(0.05) / 60 = 0.0499289; qgamma(0.95, 2) = 4.743865, / 60 = 0.0790644.
  it("is 4.99 % for 60 checked, 0 deviations and 7.91 % for 1 deviation", () => {
    expect(upperDeviationRate(0.95, 0, 60)).toBeCloseTo(0.04992887, 7);
    expect(upperDeviationRate(0.95, 1, 60)).toBeCloseTo(0.0790644, 6);
    expect(upperDeviationRate(0.95, 0, 0)).toBeNull();
    expect(upperDeviationRate(0.95, 0, 1)).toBe(1);
  });
});

describe("a sampled item's key (spec 11)", () => {
  it("names its sheet whatever the case and the spaces around it, folded as sheet names are found (ß stays ß)", () => {
    expect(sampleItemKey(" ANSTÄLLNINGAR ", 4, "A-1", 1)).toBe(sampleItemKey("Anställningar", 4, "A-1", 1));
    expect(sampleItemKey("STRASSE", 4, "A-1", 1)).not.toBe(sampleItemKey("Straße", 4, "A-1", 1));
    // The ID as written, spaces around it aside; its parts kept apart (row 1, ID "23" is not row 12, ID "3").
    expect(sampleItemKey("Anställningar", 4, " A-1 ", 1)).toBe(sampleItemKey("Anställningar", 4, "A-1", 1));
    expect(sampleItemKey("Anställningar", 1, "23", 1)).not.toBe(sampleItemKey("Anställningar", 12, "3", 1));
  });
});

describe("selection", () => {
  // A function, not a constant of the describe: see `base` above (static mutants).
  const population = (): PaidItem[] => Array.from({ length: 100 }, (_, row) => ({
    kind: "hire", sheet: "Anställningar", row: row + 1, id: `A-${row + 1}`, year: 1 + (row % 4), amount: Money.kronor(row % 3 === 0 ? 15_000 : 10_000),
  }));
  const rows = (items: readonly PaidItem[]) => items.map((item) => item.row);

  it("takes a seed from 0 to 2^32 - 1 only (spec 11: a seed the auditor can write down)", () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => selectSample(population(), 8, seed, "random")).toThrow(RangeError);
    expect(() => selectSample(population(), 8, -1, "random")).toThrow("selectSample: seed -1 is not a whole number in 0…4294967295");
    expect(selectSample(population(), 8, 0, "random")).toHaveLength(8);
    expect(selectSample(population(), 8, 2 ** 32 - 1, "mus")).toHaveLength(8);
  });

  it("MUS with nothing paid left draws the rest with equal chances, still n distinct items", () => {
    const unpaid = population().map((item) => ({ ...item, amount: Money.ZERO }));
    const chosen = rows(selectSample(unpaid, 10, 7, "mus"));
    expect(new Set(chosen).size).toBe(10);
    expect(chosen).not.toEqual(rows(unpaid.slice(-10)));
    expect(chosen).not.toEqual(rows(unpaid.slice(0, 10)));
    // One paid item among unpaid ones is drawn first; the rest by equal chances.
    const one = unpaid.map((item, index) => (index === 50 ? { ...item, amount: Money.kronor(1) } : item));
    expect(rows(selectSample(one, 1, 7, "mus"))).toEqual([51]);
  });

  it("MUS: each item owns the units from its start up to, not including, its end; a roll exactly on an item's end takes the next one (spec 11)", () => {
    // With 2^32 öre in all, u = next() × total is the generator's 32-bit integer itself: an exact roll.
    const u = new SeededRandom(7).next() * 2 ** 32;
    const ore = (amount: number) => Money.kronor(amount / 100);
    const items: PaidItem[] = [u, 2 ** 32 - u].map((amount, row) => ({ kind: "hire", sheet: "H", row, id: `J${row}`, year: 1, amount: ore(amount) }));
    expect(items.map((item) => paidOre(item.amount))).toEqual([u, 2 ** 32 - u]);
    expect(rows(selectSample(items, 1, 7, "mus"))).toEqual([1]);
    const withEnd = [u + 1, 2 ** 32 - u - 1].map((amount, row) => ({ ...items[row]!, amount: ore(amount) }));
    expect(rows(selectSample(withEnd, 1, 7, "mus"))).toEqual([0]);
  });

  it("pins the sample of a seed: changing the generator or the algorithm changes every recorded sample", () => {
    expect(rows(selectSample(population(), 8, 2018, "random"))).toEqual(PINNED_RANDOM);
    expect(rows(selectSample(population(), 8, 2018, "mus"))).toEqual(PINNED_MUS);
  });

  it("gives the same sample for the same seed and another for another seed", () => {
    expect(selectSample(population(), 20, 7, "random")).toEqual(selectSample(population(), 20, 7, "random"));
    expect(rows(selectSample(population(), 20, 7, "random"))).not.toEqual(rows(selectSample(population(), 20, 8, "random")));
    expect(rows(selectSample(population(), 20, 7, "mus"))).not.toEqual(rows(selectSample(population(), 20, 8, "mus")));
  });

  it("draws n distinct items in population order, by either method (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom("random" as const, "mus" as const), (seed, n, method) => {
      const chosen = selectSample(population(), n, seed, method);
      expect(chosen).toHaveLength(Math.min(n, population().length));
      expect(new Set(chosen).size).toBe(chosen.length);
      expect(rows(chosen)).toEqual([...rows(chosen)].sort((a, b) => a - b));
    }));
  });

  it("MUS selects larger amounts more often (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 20, maxLength: 40 }), (amounts) => {
      // The first item is the smallest (1 kr), the last the largest (1,000 kr).
      const items: PaidItem[] = [1, ...amounts, 1000].map((kronor, row) => ({ kind: "hire", sheet: "H", row, id: `J${row}`, year: 1, amount: Money.kronor(kronor) }));
      let small = 0;
      let large = 0;
      let meanMus = 0;
      let meanRandom = 0;
      for (let seed = 0; seed < 60; seed++) {
        const mus = selectSample(items, 5, seed, "mus");
        small += mus.some((item) => item.row === 0) ? 1 : 0;
        large += mus.some((item) => item.row === items.length - 1) ? 1 : 0;
        meanMus += paidOre(sumMoney(mus.map((item) => item.amount)));
        meanRandom += paidOre(sumMoney(selectSample(items, 5, seed, "random").map((item) => item.amount)));
      }
      expect(large).toBeGreaterThan(small);
      expect(meanMus).toBeGreaterThan(meanRandom);
    }), { numRuns: 30 });
  });
});

describe("the population's order (spec 11: the same population and seed give the same sample)", () => {
  it("orders paid items by sheet (Anställningar first), then row, then year, whatever order they come in; its years ascending", () => {
    const item = (kind: "hire" | "company", row: number, year: number): PaidItem => ({
      kind, sheet: kind === "hire" ? "Anställningar" : "Företag", row, id: `${kind}-${row}`, year, amount: Money.kronor(10_000),
    });
    const given = [item("company", 1, 2), item("hire", 12, 1), item("company", 1, 1), item("hire", 3, 2), item("company", 0, 3), item("hire", 3, 1)];
    const population = samplePopulation(given, [2, 1, 3]);
    expect(population.items.map((paid) => `${paid.kind} ${paid.row} ${paid.year}`)).toEqual([
      "hire 3 1", "hire 3 2", "hire 12 1", "company 0 3", "company 1 1", "company 1 2",
    ]);
    expect(population.years).toEqual([1, 2, 3]);
    expect(population.amount.shownKronor()).toBe(60_000);
  });
});

describe("evaluation of a filled Stickprov sheet", () => {
  it("60 checked, no deviations: upper rate 4.99 %, the payout is supported", () => {
    const { grid, draw } = sampled({ seed: 42 });
    const result = auditWith(grid);
    expect(draw.items).toHaveLength(60);
    expect(result.sample).toMatchObject({ n: 60, checked: 60, unchecked: 0, deviations: 0, deviationRate: 0, conclusion: "supported" });
    expect(result.sample!.upperDeviationRate).toBeCloseTo(0.0499289, 6);
    expect(result.sample!.projectedMisstatement!.shownKronor()).toBe(0);
    expect(result.sample!.upperMisstatement!.shownKronor()).toBe(Math.round(0.04992887122589983 * paidOre(draw.population.amount) / 100));
    const conclusion = result.findings.find((item) => item.code === "SAMPLE_CONCLUSION")!;
    expect(conclusion.severity).toBe("info");
    expect(codes(result).filter((code) => code.startsWith("SAMPLE_"))).toEqual(["SAMPLE_CONCLUSION"]);
  });

  it("60 checked, 1 deviation of 10,000 kr: 7.91 %, not supported, projected and upper misstatement over the population", () => {
    const { grid, draw } = sampled({ seed: 42 });
    const deviating = draw.items.findIndex((item) => paidOre(item.amount) === 1_000_000);
    expect(deviating).toBeGreaterThanOrEqual(0);
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first + deviating, 6, "Ja"], [first + deviating, 7, 10_000]]));
    const sample = result.sample!;
    expect(sample).toMatchObject({ n: 60, checked: 60, deviations: 1, conclusion: "not-supported" });
    expect(sample.deviationRate).toBeCloseTo(1 / 60, 10);
    expect(sample.upperDeviationRate).toBeCloseTo(0.0790644, 6);
    // Projected: 10,000 kr of the sampled kronor, scaled to the population's kronor.
    const sampledOre = sumMoney(draw.items.map((item) => item.amount));
    const projected = draw.population.amount.times(Money.kronor(10_000).ore.divide(sampledOre.ore));
    expect(sample.projectedMisstatement!.shownKronor()).toBe(projected.shownKronor());
    expect(sample.upperMisstatement!.shownKronor()).toBe(draw.population.amount.times(Rational.fromNumber(sample.upperDeviationRate!)).shownKronor());
    expect(sample.upperMisstatement!.shownKronor()).toBeCloseTo(0.0790644 * draw.population.amount.shownKronor(), -2);
    expect(codes(result)).toContain("SAMPLE_DEVIATION");
    expect(result.findings.find((item) => item.code === "SAMPLE_CONCLUSION")!.severity).toBe("warning");
  });

  it("an upper limit exactly at the tolerable rate supports the payout: ub ≤ tolerable (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const atLimit = edited(grid, [[rowLabelled(grid, "tolerable_rate"), 1, upperDeviationRate(0.95, 0, 60)]]);
    expect(auditWith(atLimit).sample).toMatchObject({ checked: 60, deviations: 0, conclusion: "supported" });
  });

  it("the conclusion's finding carries its figures, and why it is incomplete when it is (spec 11)", () => {
    const { grid, draw } = sampled({ seed: 42 });
    expect(paramsOf(auditWith(grid), "SAMPLE_CONCLUSION")).toMatchObject({
      conclusion: "supported", why: undefined, n: 60, checked: 60, unchecked: 0, deviations: 0, rate: 0,
      confidence: 0.95, tolerable: 0.05, populationItems: draw.population.items.length, populationSek: draw.population.amount.shownKronor(),
    });
    const partly = auditWith(edited(grid, [[headerRowOf(grid) + 1, 6, null]]));
    expect(paramsOf(partly, "SAMPLE_CONCLUSION")).toMatchObject({ conclusion: "incomplete", why: "unchecked", checked: 59, unchecked: 1 });
    expect(paramsOf(partly, "SAMPLE_INCOMPLETE")).toEqual({ unchecked: 1, n: 60, checked: 59 });
    const unverified = auditWith(edited(grid, [[rowLabelled(grid, "seed"), 1, null]]));
    expect(paramsOf(unverified, "SAMPLE_CONCLUSION")).toMatchObject({ conclusion: "incomplete", why: "unverified" });
  });

  it("a deviation's misstated amount defaults to the whole paid amount", () => {
    const { grid, draw } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first, 6, "Ja"]]));
    const sampledOre = sumMoney(draw.items.map((item) => item.amount));
    expect(result.sample!.projectedMisstatement!.shownKronor()).toBe(draw.population.amount.times(draw.items[0]!.amount.ore.divide(sampledOre.ore)).shownKronor());
  });

  it("is incomplete until every item is checked", () => {
    const { grid } = sampled({ seed: 5 }, (_, index) => (index < 59 ? ALL_CLEAN() : {}));
    const result = auditWith(grid);
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1, conclusion: "incomplete" });
    expect(codes(result)).toContain("SAMPLE_INCOMPLETE");
    expect(result.summary.errors).toBe(0);
    const empty = auditWith(sampled({ seed: 5 }, () => ({})).grid);
    expect(empty.sample).toMatchObject({ checked: 0, unchecked: 60, deviationRate: null, upperDeviationRate: null, conclusion: "incomplete" });
  });

  it("reads English answers and a sample of chosen years drawn by size", () => {
    // 12 clean items bound the rate at −ln(0.05) / 12 = 25.0 %: supported against 30 %, not against 5 %.
    const { grid, draw } = sampled({ seed: 9, size: 12, years: [2, 3], method: "mus", tolerable: 0.3 }, () => ({ evidence: "Yes", deviation: "no" }));
    expect(draw.items.every((item) => item.year === 2 || item.year === 3)).toBe(true);
    expect(auditWith(grid).sample).toMatchObject({ n: 12, checked: 12, method: "mus", years: [2, 3], tolerable: 0.3, conclusion: "supported" });
    const strict = sampled({ seed: 9, size: 12, years: [2, 3], method: "mus" }, () => ({ evidence: "Yes", deviation: "no" }));
    expect(auditWith(strict.grid).sample).toMatchObject({ checked: 12, conclusion: "not-supported" });
  });

  it("a misstated amount without a deviation is refused; a misstated 0 is no amount (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first, 7, 500], [first + 1, 7, 0]]));
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(invalid.map((item) => [item.params.problem, item.params.foundSek, item.place.row, item.place.col])).toEqual([["misstatedWithoutDeviation", 500, first, 7]]);
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1, deviations: 0 });
  });

  it("a sheet edited into nonsense gives findings, counts those items unchecked, and never throws", () => {
    const { grid, draw } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const another = firstAudit().paidItems.find((item) => !draw.items.some((drawn) => keyOfItem(drawn) === keyOfItem(item)))!;
    const nonsense = edited(grid, [
      [first, 6, "kanske"], // bad yes/no
      [first + 1, 6, "Ja"], [first + 1, 7, 999_999], // above the paid amount
      [first + 2, 2, "FINNS-INTE"], // no longer a paid item
      [first + 3, 5, "Nej"], // no evidence, no deviation
      [first + 4, 0, another.sheet], [first + 4, 1, another.row + 1], [first + 4, 2, another.id], [first + 4, 3, another.year], [first + 4, 4, paidOre(another.amount) / 100], // swapped for an easier item
      [first + 5, 4, 1], // the amount changed
      [first + 6, 9, "igår"], // not a date
    ]);
    // and one item deleted from the sheet
    const rows = nonsense.rows.filter((_, index) => index !== first + 7);
    const result = auditWith({ name: nonsense.name, rows });
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(invalid.map((item) => item.params.problem).sort()).toEqual(["aboveAmount", "amountChanged", "cell", "cell", "missing", "missing", "missing", "noEvidenceNoDeviation", "noMatch", "notDrawn"].sort());
    expect(result.sample).toMatchObject({ n: 60, checked: 52, unchecked: 8, conclusion: "incomplete" });
    expect(invalid.every((item) => item.severity === "error")).toBe(true);
    // The first unchecked row is the one with an unreadable answer.
    expect(firstUncheckedOf(result)).toEqual({ sheet: "Stickprov", row: first, col: 6 });
  });

  it("a row with an empty key cell: SAMPLE_INVALID on its first empty one, unchecked, its item missing; an unreadable one is the reader's finding alone", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first, 0, null], [first + 1, 2, null], [first + 1, 3, null], [first + 2, 3, "x"]]));
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(invalid.filter((item) => item.params.problem === "required").map((item) => [item.place.row, item.place.col, item.params.column])).toEqual([
      [first, 0, "Blad"], [first + 1, 2, "Anställnings-ID / Org.nr"],
    ]);
    expect(invalid.filter((item) => item.params.problem === "missing")).toHaveLength(3);
    expect(result.findings.filter((item) => item.place.sheet === "Stickprov" && item.place.row === first + 2).map((item) => [item.code, item.params.problem])).toEqual([["SAMPLE_INVALID", "cell"]]);
    expect(result.sample).toMatchObject({ n: 60, checked: 57, unchecked: 3 });
    expect(firstUncheckedOf(result)).toEqual({ sheet: "Stickprov", row: first, col: 6 });
  });

  it("without a recorded seed the rows on the sheet are the sample: a row with an empty key cell is one of them", () => {
    const { grid } = sampled({ seed: 42 });
    const seedRow = rowLabelled(grid, "seed");
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[seedRow, 1, null], [first, 0, null]]));
    const problems = problemsOf(result);
    expect(problems).toContain("required");
    expect(problems).not.toContain("rowCount");
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1 });
  });

  it("without a recorded sample size the rows on the sheet are the sample: no row count is judged against nothing (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const rows = edited(grid, [[rowLabelled(grid, "sample_size"), 1, null]]).rows.slice(0, -1);
    const result = auditWith({ name: grid.name, rows });
    const problems = problemsOf(result);
    expect(problems).toEqual(["parameter"]);
    expect(result.sample).toMatchObject({ n: 59, checked: 59, unchecked: 0 });
  });

  it("a row whose paid amount was emptied is SAMPLE_INVALID on that cell and the first unchecked", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first + 2, 4, null]]));
    const required = result.findings.filter((item) => item.params.problem === "required");
    expect(required.map((item) => [item.place.row, item.place.col, item.params.column])).toEqual([[first + 2, 4, "Utbetalt (kr)"]]);
    expect(firstUncheckedOf(result)).toEqual({ sheet: "Stickprov", row: first + 2, col: 6 });
  });

  it("without a recorded seed, a row that matches no paid item is the first unchecked one", () => {
    const { grid } = sampled({ seed: 42 });
    const seedRow = rowLabelled(grid, "seed");
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[seedRow, 1, null], [first + 1, 2, "FINNS-INTE"]]));
    expect(result.findings.find((item) => item.params.problem === "noMatch")!.place).toMatchObject({ row: first + 1, col: 2 });
    expect(firstUncheckedOf(result)).toEqual({ sheet: "Stickprov", row: first + 1, col: 6 });
  });

  it("names an item no longer paid by its sheet, its row as the sheet shows it, its ID and year", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const [sheetName, row, , year] = grid.rows[first]!;
    const result = auditWith(edited(grid, [[first, 2, "FINNS-INTE"]]));
    const noMatch = result.findings.find((item) => item.params.problem === "noMatch")!;
    expect(noMatch.params).toMatchObject({ found: "FINNS-INTE", sheetName, row, year, seed: 42 });
  });

  it("is scanned for personnummer like every sheet, and a column of the auditor's own is no COLUMN_UNKNOWN", () => {
    const { grid } = sampled({ seed: 42 });
    const header = headerRowOf(grid);
    const result = auditWith(edited(grid, [[header, 11, "Egen anteckning"], [header + 1, 10, `Ring 19850709-123${luhnCheckDigit("850709123")} om avtalet`], [header + 1, 11, "x"]]));
    const onSheet = result.findings.filter((item) => item.place.sheet === "Stickprov").map((item) => item.code);
    expect(onSheet).toContain("PERSONNUMMER_FOUND");
    expect(onSheet).not.toContain("COLUMN_UNKNOWN");
    expect(String(paramsOf(result, "PERSONNUMMER_FOUND").found)).toBe("Ring 19850709-**** om avtalet");
    expect(result.sample).toMatchObject({ checked: 60, conclusion: "supported" });
  });

  it("writes an ID that is a personnummer masked, and still matches its item", () => {
    const nine = "850709123";
    const pnr = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    const paidHire = firstAudit().paidItems.find((item) => item.kind === "hire")!;
    const grids = base().map((grid) => (grid.name === "Anställningar" ? edited(grid, [[paidHire.row, 0, pnr]]) : grid));
    const first = audit(readWorkbook(grids), OPTIONS);
    const draw = drawSample(first, { seed: 3, size: first.paidItems.length });
    const sheet = reportSheetGrid(sampleReportSheet({ ...draw, reportDate: first.reportDate, preset: "botkyrka" }, "sv", ALL_CLEAN)) as SheetGrid;
    const cells = sheet.rows.flat();
    expect(cells).not.toContain(pnr);
    expect(cells).toContain("850709-****");
    const result = audit(readWorkbook([...grids, sheet]), OPTIONS);
    expect(result.sample).toMatchObject({ n: first.paidItems.length, checked: first.paidItems.length, conclusion: "supported" });
  });

  it("a row listed twice counts once, the second named with the first's row (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const rows = [...grid.rows, grid.rows[first]];
    const result = auditWith({ name: grid.name, rows });
    const duplicate = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(duplicate.map((item) => [item.params.problem, item.params.firstRow, item.place.row])).toEqual([["duplicate", first + 1, rows.length - 1]]);
    expect(result.sample).toMatchObject({ n: 60, checked: 60, conclusion: "supported" });
  });

  it("an emptied paid amount is required, and the row unchecked (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[first, 4, null]]));
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(invalid.map((item) => [item.params.problem, item.params.column, item.place])).toEqual([["required", "Utbetalt (kr)", { sheet: "Stickprov", row: first, col: 4 }]]);
    expect(result.sample).toMatchObject({ checked: 59, unchecked: 1, conclusion: "incomplete" });
  });

  it("without the recorded population no draw is repeated: an edited key matches no paid item (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const population = rowLabelled(grid, "population_items");
    const first = headerRowOf(grid) + 1;
    const result = auditWith(edited(grid, [[population, 1, null], [first, 2, "FINNS-INTE"]]));
    const problems = problemsOf(result);
    expect(problems).toContain("noMatch");
    expect(problems).not.toContain("notDrawn");
    expect(result.sample!.conclusion).toBe("incomplete");
  });

  it("without the recorded population, as many rows as the recorded size are no row-count problem (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const population = rowLabelled(grid, "population_items");
    const result = auditWith(edited(grid, [[population, 1, null]]));
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID").map((item) => item.params);
    expect(invalid).toEqual([{ problem: "parameter", key: "population_items", expected: "whole" }]);
  });

  it("without the recorded population the rows are counted against the recorded size (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const population = rowLabelled(grid, "population_items");
    const rows = edited(grid, [[population, 1, null]]).rows.slice(0, -1);
    const result = auditWith({ name: grid.name, rows });
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID").map((item) => item.params);
    expect(invalid).toEqual([
      expect.objectContaining({ problem: "rowCount", found: 59, expected: 60 }),
      { problem: "parameter", key: "population_items", expected: "whole" },
    ]);
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1, conclusion: "incomplete" });
  });

  it("a sheet with its parameters but no item table: every drawn item missing, named at the sheet (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const result = auditWith({ name: grid.name, rows: grid.rows.slice(0, headerRowOf(grid)) });
    const invalid = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(invalid.filter((item) => item.params.problem === "missing")).toHaveLength(60);
    expect(invalid.find((item) => item.params.problem === "missing")!.place).toEqual({ sheet: "Stickprov" });
    expect(result.sample).toMatchObject({ n: 60, checked: 0, unchecked: 60, deviationRate: null, projectedMisstatement: null, conclusion: "incomplete" });
  });

  it("without a confidence there is no upper limit and no conclusion (spec 11)", () => {
    const { grid } = sampled({ seed: 42 });
    const confidence = rowLabelled(grid, "confidence");
    const result = auditWith(edited(grid, [[confidence, 1, null]]));
    expect(result.sample).toMatchObject({ checked: 60, confidence: null, upperDeviationRate: null, upperMisstatement: null, conclusion: "incomplete" });
  });

  it("a changed population makes the sample unconfirmed (SAMPLE_INVALID, incomplete)", () => {
    const { grid } = sampled({ seed: 42 });
    const population = rowLabelled(grid, "population_items");
    const result = auditWith(edited(grid, [[population, 1, 12345]]));
    expect(problemsOf(result)).toEqual(["populationChanged"]);
    expect(result.sample!.conclusion).toBe("incomplete");
    // The same number of items for another sum of kronor is another population too.
    const sek = rowLabelled(grid, "population_sek");
    const moved = auditWith(edited(grid, [[sek, 1, Number(grid.rows[sek]![1]) + 1]]));
    expect(problemsOf(moved)).toEqual(["populationChanged"]);
  });

  it("names the first unchecked item's deviation cell when the sample is incomplete", () => {
    const { grid } = sampled({ seed: 5 }, (_, index) => (index === 3 || index === 7 ? {} : ALL_CLEAN()));
    expect(firstUncheckedOf(auditWith(grid))).toEqual({ sheet: "Stickprov", row: headerRowOf(grid) + 4, col: 6 });
  });

  it("survives any garbage in any cell of the sheet (property)", () => {
    const { grid } = sampled({ seed: 1 });
    const cell = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant({ error: "#N/A" }));
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(grid.rows.length + 3), fc.nat(12), cell), { maxLength: 12 }), (changes) => {
      const rows = grid.rows.map((row) => [...(row ?? [])]) as RawCell[][];
      for (const [row, col, value] of changes) (rows[row] ??= [])[col] = value as RawCell;
      const result = auditWith({ name: grid.name, rows });
      const sample = result.sample!;
      expect(sample.checked + sample.unchecked).toBe(sample.n);
      expect(["supported", "not-supported", "incomplete"]).toContain(sample.conclusion);
      expect(result.findings.filter((item) => item.code === "SAMPLE_CONCLUSION")).toHaveLength(1);
    }), { numRuns: 15 });
  });
});

describe("what the auditor sees of each rejected or deviating row (spec 11)", () => {
  // Each case edits one row past the first, so only that row can be the first unchecked one and
  // SAMPLE_INCOMPLETE points at its Avvikelse cell (column 6), not at the sheet as a whole.
  const oneRowEdited = (changes: (row: number) => readonly [number, number, RawCell][]) => {
    const { grid, draw } = sampled({ seed: 42 });
    const row = headerRowOf(grid) + 4;
    return { grid, draw, row, result: auditWith(edited(grid, changes(row))) };
  };

  // Each way a row is left unchecked points SAMPLE_INCOMPLETE at that row (columns 0-based: 4 paid
  // amount, 5 evidence, 6 deviation, 7 misstated amount).
  it.each([
    ["a changed paid amount", (at: number): [number, number, RawCell][] => [[at, 4, 1]], "amountChanged", {}],
    ["no evidence and no deviation", (at: number): [number, number, RawCell][] => [[at, 5, "Nej"]], "noEvidenceNoDeviation", {}],
    ["a misstated amount without a deviation", (at: number): [number, number, RawCell][] => [[at, 7, 500]], "misstatedWithoutDeviation", {}],
    ["a misstated amount above the paid amount", (at: number): [number, number, RawCell][] => [[at, 6, "Ja"], [at, 7, 999_999]], "aboveAmount", { deviations: 0 }],
  ] as const)("%s makes its row the first unchecked one", (_, changes, problem, counts) => {
    const { row, result } = oneRowEdited(changes);
    expect(problemsOf(result)).toEqual([problem]);
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1, ...counts, conclusion: "incomplete" });
    expect(firstUncheckedOf(result)).toEqual({ sheet: "Stickprov", row, col: 6 });
  });

  it("a deviation without evidence is a checked deviation, not a bad answer: only no evidence with no deviation is", () => {
    const { row, result } = oneRowEdited((at) => [[at, 5, "Nej"], [at, 6, "Ja"]]);
    expect(problemsOf(result)).toEqual([]);
    expect(result.sample).toMatchObject({ n: 60, checked: 60, unchecked: 0, deviations: 1, conclusion: "not-supported" });
    expect(result.findings.filter((item) => item.code === "SAMPLE_DEVIATION").map((item) => item.place)).toEqual([{ sheet: "Stickprov", row, col: 6 }]);
  });

  it("SAMPLE_DEVIATION names the item as the sheet shows it, the misstated and the paid kronor", () => {
    const { grid, draw, row, result } = oneRowEdited((at) => [[at, 6, "Ja"], [at, 7, 1_000]]);
    const [sheetName, shownRow, id, year] = grid.rows[row]!;
    const deviation = result.findings.find((item) => item.code === "SAMPLE_DEVIATION")!;
    expect(deviation.place).toEqual({ sheet: "Stickprov", row, col: 6 });
    expect(deviation.params).toEqual({ found: id, sheetName, row: shownRow, year, foundSek: 1_000, expectedSek: draw.items[3]!.amount.shownKronor() });
  });

  it("a drawn item deleted from the sheet is named at the table's header, in its ID column", () => {
    const { grid, draw } = sampled({ seed: 42 });
    const header = headerRowOf(grid);
    const result = auditWith({ name: grid.name, rows: grid.rows.filter((_, index) => index !== header + 1) });
    const missing = result.findings.filter((item) => item.code === "SAMPLE_INVALID");
    expect(missing.map((item) => [item.params.problem, item.params.found, item.place])).toEqual([["missing", draw.items[0]!.id, { sheet: "Stickprov", row: header, col: 2 }]]);
    // Named where it stood in its own sheet: the row as the sheet shows it (1-based).
    const item = draw.items[0]!;
    expect(missing[0]!.params).toMatchObject({ sheetName: item.sheet, row: item.row + 1, year: item.year });
    expect(result.sample).toMatchObject({ n: 60, checked: 59, unchecked: 1, conclusion: "incomplete" });
  });
});

// Drawn once with mulberry32 and the algorithms documented in select-sample.ts; never edit by hand.
const PINNED_RANDOM = [2, 4, 7, 35, 39, 47, 92, 97];
const PINNED_MUS = [1, 3, 35, 39, 43, 91, 96, 97];
