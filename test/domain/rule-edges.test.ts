import { dayFromYmd, parseIsoDay, today } from "../../src/domain/day";
import { luhnCheckDigit } from "../../src/domain/luhn";
import { personKey } from "../../src/domain/person-key";
import { containsPersonnummer } from "../../src/domain/personnummer";
import { isResident, normaliseMunicipalityName } from "../../src/domain/residence";
import { SeededRandom } from "../../src/domain/seeded-random";
import { Rational } from "../../src/domain/rational";
import { fieldPlace, type SourceTable } from "../../src/domain/records";
import { auditBuild, auditGrids, claimsSheet, investmentsSheet, proBonoSheet, sheet, workbook } from "../helpers/workbook-builder";

// Edges of the engine that the rule tests pass by: each a small case with the rule it pins.
const day = (iso: string) => parseIsoDay(iso)!;
const withCheck = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;

describe("days (spec section 3)", () => {
  it("no day from a year, month or day that is not whole", () => {
    expect(dayFromYmd(2018.5, 1, 1)).toBeUndefined();
    expect(dayFromYmd(2018, 1.5, 1)).toBeUndefined();
    expect(dayFromYmd(2018, 1, 1.5)).toBeUndefined();
    expect(dayFromYmd(2018, 1, 1)).toBe(day("2018-01-01"));
  });

  it("parseIsoDay reads only YYYY-MM-DD", () => {
    expect(parseIsoDay("2018-3-1")).toBeUndefined();
    expect(parseIsoDay(" 2018-03-01")).toBeUndefined();
    expect(parseIsoDay("2018-03-01")).toBe(dayFromYmd(2018, 3, 1));
  });

  it("today is the UTC date of the clock, also one second before midnight (spec 10.1)", () => {
    jest.useFakeTimers({ now: new Date("2024-05-06T23:59:59.999Z") });
    try {
      expect(today()).toBe(day("2024-05-06"));
      jest.setSystemTime(new Date("2024-05-07T00:00:00.000Z"));
      expect(today()).toBe(day("2024-05-07"));
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("one person however the personnummer is written (spec 10.25)", () => {
  it("a samordningsnummer (day + 60, 61 to 91) gets its century like a personnummer (spec 10.19)", () => {
    for (const nine of ["850769980", "850761980", "850791980"]) {
      expect(personKey(withCheck(nine), day("2019-12-31"))).toBe(`19${nine}${luhnCheckDigit(nine)}`);
      expect(containsPersonnummer(`ID ${withCheck(nine)}`)).toBe(true);
    }
    // Born on the 1st (61) of December 2019, after the report date: the century before.
    expect(personKey(withCheck("191261980"), day("2019-11-30"))).toBe(`19191261980${luhnCheckDigit("191261980")}`);
    expect(containsPersonnummer(`ID ${withCheck("850792980")}`)).toBe(false);
  });

  it("born on the report date is born this century; a day later, the century before", () => {
    const nine = "191231980";
    const ten = `${nine}${luhnCheckDigit(nine)}`;
    expect(personKey(withCheck(nine), day("2019-12-31"))).toBe(`20${ten}`);
    expect(personKey(withCheck(nine), day("2019-12-30"))).toBe(`19${ten}`);
  });

  it("the century is looked for back to the 1800s and no further", () => {
    // Born 29 February 00: 2000 lies after this report date, 1900 and 1800 had no 29 February.
    const nine = "000229980";
    expect(personKey(withCheck(nine), day("1999-12-31"))).toBe(`18${nine}${luhnCheckDigit(nine)}`);
  });

  it("a plus marks a hundred years more (spec 10.19)", () => {
    const nine = "850709980";
    const plus = `${nine.slice(0, 6)}+${nine.slice(6)}${luhnCheckDigit(nine)}`;
    expect(personKey(plus, day("2019-12-31"))).toBe(`18${nine}${luhnCheckDigit(nine)}`);
  });

  it("twelve digits are kept as they are; a pseudonym trimmed", () => {
    expect(personKey("198507099805", day("2019-12-31"))).toBe("198507099805");
    expect(personKey("  P-1 ", day("2019-12-31"))).toBe("P-1");
  });
});

describe("residents (spec section 4)", () => {
  it("a municipality's name in any case and spacing, with or without \"kommun\"", () => {
    for (const name of ["Botkyrka", " botkyrka ", "BOTKYRKA KOMMUN", "Botkyrka  kommun ", "Botkyrka\u00a0kommun"]) expect(normaliseMunicipalityName(name)).toBe("botkyrka");
    expect(normaliseMunicipalityName("Upplands Väsby kommun")).toBe("upplands väsby");
    expect(normaliseMunicipalityName(" kommun")).toBe("kommun");
    // Only a trailing " kommun" goes.
    expect(normaliseMunicipalityName("Botkyrka kommunförbund")).toBe("botkyrka kommunförbund");
  });

  it("no home municipality is no resident; by code, or else by name", () => {
    const agreement = auditBuild().agreement;
    expect(isResident(agreement, undefined)).toBe(false);
    expect(isResident(agreement, { code: agreement.municipalityCode })).toBe(true);
    expect(isResident(agreement, { code: "0180" })).toBe(false);
    expect(isResident(agreement, { name: agreement.municipality.toLowerCase() })).toBe(true);
    expect(isResident(agreement, { name: "huddinge" })).toBe(false);
  });
});

describe("seeded choices (spec section 11)", () => {
  it("with weights, picks by weight; with no weight at all, the last item", () => {
    expect(new SeededRandom(1).pick(["a", "b", "c"], [0, 0, 0])).toBe("c");
    expect(new SeededRandom(1).pick(["a", "b", "c"], [0, 1, 0])).toBe("b");
    expect(new SeededRandom(1).pick(["a", "b", "c"], [1, 0, 0])).toBe("a");
  });
});

describe("commitments and unreadable sheets (spec sections 9 and 10.29)", () => {
  it("an unusable Pro bono sheet is unknown, not below the minimum", () => {
    const unusable = sheet("Pro bono", ["Datum", "Partner"], [{ Datum: "2018-05-01" }]);
    const result = auditBuild({ agreement: [["probono_min_sek_per_year", 1000]], extra: [unusable] });
    expect(result.findings.map((item) => item.code)).not.toContain("PROBONO_BELOW_COMMITMENT");
    expect(result.years[0]!.proBono).toBeNull();
    const given = auditBuild({ agreement: [["probono_min_sek_per_year", 1000]], extra: [proBonoSheet([{ Datum: "2018-05-01", "Värde (kr)": 999 }])] });
    expect(given.findings.filter((item) => item.code === "PROBONO_BELOW_COMMITMENT").map((item) => item.params)).toEqual([{ year: 1, found: 999, expected: 1000 }, { year: 2, found: 0, expected: 1000 }]);
  });

  it("per-year targets are the targets of their years (spec 10.3)", () => {
    const result = auditBuild({ agreement: [["jobs_target_per_year", "1;2;3;4;5"]] });
    expect(result.years.map((year) => year.target.toNumber())).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("rows that cannot count (spec sections 3 and 9)", () => {
  it("an investment row with an error adds nothing to its year", () => {
    // The first row's date and amount read well: only its Org.nr is wrong.
    const result = auditBuild({ extra: [investmentsSheet([{ "Org.nr": "556036-0794", Datum: "2018-06-01", "Belopp (kr)": 5000 }, { Datum: "igår", "Belopp (kr)": 7000 }, { Datum: "2018-06-01", "Belopp (kr)": 1000 }])] });
    expect(result.findings.map((item) => item.code)).toContain("ORGNR_INVALID");
    expect(result.years[0]!.investments!.shownKronor()).toBe(1000);
    expect(result.total.investments!.shownKronor()).toBe(1000);
  });

  it("an investment dated after the report date is FUTURE_DATE, naming its date and the report date", () => {
    const result = auditBuild({ extra: [investmentsSheet([{ Datum: "2020-01-01", "Belopp (kr)": 1000 }])] });
    expect(result.findings.filter((item) => item.code === "FUTURE_DATE").map((item) => item.params)).toEqual([
      { column: "Datum", found: "2020-01-01", reportDate: "2019-12-31" },
    ]);
  });

  it("a claim for a year the report has not reached is compared with that year's figures: none yet", () => {
    const result = auditBuild({ extra: [claimsSheet([{ Avtalsår: 4, "Antal jobb": 3 }])] });
    expect(result.findings.filter((item) => item.code === "CLAIM_MISMATCH").map((item) => item.params)).toEqual([
      { column: "Antal jobb", field: "jobs", found: 3, expected: 0, year: 4 },
    ]);
  });

  it("a field's place names its column when the sheet has it, else only the row", () => {
    const table = { sheet: "Investeringar", headerRow: 0, columns: { amountSek: 3 }, headers: {}, rows: [] } as unknown as SourceTable<{ amountSek: number; date: number }>;
    expect(fieldPlace(table, 4, "amountSek")).toEqual({ sheet: "Investeringar", row: 4, col: 3 });
    expect(fieldPlace(table, 4, "date")).toEqual({ sheet: "Investeringar", row: 4 });
  });
});

describe("exact numbers (spec 10.3)", () => {
  it("refuses a number that is not finite", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(() => Rational.fromNumber(value)).toThrow(RangeError);
  });
});

describe("a company's support period (spec section 4)", () => {
  it("support that ends on its first day is one day, not an end before the start; a day earlier is", () => {
    const oneDay = auditBuild({ companies: [{ "Affärsutveckling från": "2018-01-15", "Affärsutveckling till": "2018-01-15" }] });
    expect(oneDay.findings.map((item) => item.code)).not.toContain("END_BEFORE_START");
    const before = auditBuild({ companies: [{ "Affärsutveckling från": "2018-01-15", "Affärsutveckling till": "2018-01-14" }] });
    expect(before.findings.filter((item) => item.code === "END_BEFORE_START").map((item) => [item.place, item.params])).toEqual([
      [{ sheet: "Företag", row: 1, col: 5 }, { column: "Affärsutveckling till", start: "2018-01-15", end: "2018-01-14" }],
    ]);
  });

  it("support starting after the report date is FUTURE_DATE, naming its start and the report date", () => {
    const later = auditBuild({ companies: [{ "Affärsutveckling från": "2020-01-01" }] });
    expect(later.findings.filter((item) => item.code === "FUTURE_DATE").map((item) => item.params)).toEqual([
      { column: "Affärsutveckling från", found: "2020-01-01", reportDate: "2019-12-31" },
    ]);
  });
});

describe("the report date in use and where it came from (spec 10.1, 10.31)", () => {
  it("an option's report date is the one in use, from the option, with no Avtal cell; otherwise Avtal's, with its cell", () => {
    const fromOption = auditBuild({}, { reportDate: "2019-06-30" }).parameters.find((use) => use.key === "report_date");
    expect(fromOption).toEqual({ key: "report_date", value: parseIsoDay("2019-06-30"), source: "option" });
    const fromAvtal = auditBuild().parameters.find((use) => use.key === "report_date");
    expect(fromAvtal).toMatchObject({ key: "report_date", value: parseIsoDay("2019-12-31"), source: "Avtal", place: { sheet: "Avtal", col: 1 } });
  });

  it("with neither, today is the report date, from today", () => {
    const grids = workbook().map((grid) => (grid.name === "Avtal" ? { ...grid, rows: grid.rows.filter((row) => row?.[0] !== "report_date") } : grid));
    const fromToday = auditGrids(grids).parameters.find((use) => use.key === "report_date");
    expect(fromToday).toEqual({ key: "report_date", value: parseIsoDay("2019-12-31"), source: "today" });
  });
});

describe("a per-year sheet's row outside the agreement years counts nowhere (spec 10.14)", () => {
  it("a cost line of year 0 or 6 is NUMBER_INVALID and in no year's budget; a claim of year 6 is compared with nothing", () => {
    const costs = sheet("Kostnader", ["Avtalsår", "Kostnadsslag", "Budget (kr)", "Utfall (kr)"], [
      { Avtalsår: 1, Kostnadsslag: "Allt", "Budget (kr)": 5_000_000 },
      { Avtalsår: 0, Kostnadsslag: "Före", "Budget (kr)": 1 },
      { Avtalsår: 6, Kostnadsslag: "Efter", "Budget (kr)": 1, "Utfall (kr)": 2 },
    ]);
    const result = auditBuild({ extra: [costs, claimsSheet([{ Avtalsår: 6, "Antal jobb": 999 }])] });
    expect(result.findings.map((item) => item.code)).toEqual(["NUMBER_INVALID", "NUMBER_INVALID", "NUMBER_INVALID"]);
  });
});
