import { audit } from "../domain/audit";
import { addDays, addMonths, type Day, dayFromYmd } from "../domain/day";
import { luhnCheckDigit } from "../domain/luhn";
import { agreementSheet, type DataSheet, dataSheet, dataSheetGrid } from "./data-sheet";
import type { RawCell } from "./raw-cell";
import { readWorkbook } from "./read-workbook";
import { SeededRandom } from "../domain/seeded-random";
import { CLAIMS_SHEET, COMPANIES_SHEET, COSTS_SHEET, HIRES_SHEET, INVESTMENTS_SHEET, PROBONO_SHEET } from "./sheet-contract";
import { dateCell, presetCell } from "./template";

export interface ExampleOptions {
  /** About how many job rows to write (default 1,000: the agreement's goal). */
  readonly hires?: number;
  readonly seed?: number;
  /** Plant at least one instance of every finding code a single workbook can hold. */
  readonly defects?: boolean;
  /**
   * The next submission of the same workbook (same seed): half a year later, with new jobs, and
   * with changes planted in years already paid, for `compare` to find (spec 12).
   */
  readonly retroactive?: boolean;
}

export const EXAMPLE_START = dayFromYmd(2018, 1, 1)!;
export const EXAMPLE_REPORT_DATE = dayFromYmd(2022, 6, 30)!;
/** The report date of the next submission (`--retroactive`). */
export const EXAMPLE_NEXT_REPORT_DATE = dayFromYmd(2022, 12, 31)!;

/** The foundation's yearly budget lines (spec section 1, [seed: (10) FINANSIERING]). */
const BUDGET_LINES: readonly [string, number][] = [
  ["Lokaler, kontor och transport", 150_000],
  ["Marknadsföring och evenemang", 400_000],
  ["Affärsutvecklare (2,5 tjänster)", 2_350_000],
  ["Jobbmatchare (2 tjänster)", 1_400_000],
  ["Evenemangs- och kommunikationsansvarig", 700_000],
];

const NAMES = ["Tumba", "Tullinge", "Alby", "Fittja", "Hallunda", "Norsborg", "Vårsta", "Grödinge", "Slagsta", "Eriksberg"];
const TRADES = ["Bygg", "Bageri", "Logistik", "IT-konsult", "Städ", "Restaurang", "Verkstad", "Elteknik", "Transport", "Vård"];
const SECTORS = ["Bygg", "Livsmedel", "Logistik", "IT", "Tjänster", "Hotell och restaurang", "Tillverkning", "Handel", "Vård och omsorg"];
const INVESTORS = ["Botkyrka Invest AB", "Södertörns Kapital", "Stiftelsen Näringsliv Syd", "Almi-partner", "Privat investerare"];
const PARTNERS = ["Advokatbyrå Syd", "Revisionsbyrån Tumba", "Reklambyrå Alby", "Bank i Söder", "Konsultfirman"];
const OTHER_HOMES: readonly RawCell[] = ["Huddinge", "Stockholm", "Södertälje", "Salem", "0126", "Haninge"];

interface ExampleCompany {
  readonly orgnr: string;
  readonly supportStart: Day;
  readonly row: RawCell[];
}

/**
 * A realistic synthetic results workbook: start 2018-01-01, report date 2022-06-30, about
 * `hires` jobs, a few hundred companies, investments, pro bono, costs, and the foundation's own
 * `Redovisning` claims (which match the audit unless defects are planted). The same seed always
 * gives the same sheets.
 */
export function exampleSheets(options: ExampleOptions = {}): DataSheet[] {
  const random = new SeededRandom(options.seed ?? 2018);
  const hireCount = Math.max(10, Math.round(options.hires ?? 1200));
  const defects = options.defects ?? false;
  const span = EXAMPLE_REPORT_DATE - EXAMPLE_START;

  const companies = makeCompanies(random, Math.max(20, Math.round(hireCount * 0.3)), span);
  const hires = makeHires(random, hireCount, companies);
  const companyRows = companies.map((company) => company.row);
  const investments = makeInvestments(random, companies, defects ? 3_000_000 : 6_800_000);
  const proBono = makeProBono(random);
  const costs = makeCosts(random, defects);
  let hireHeaders: string[] | undefined;
  let proBonoHeaders: string[] | undefined;
  const reportDate = options.retroactive ? EXAMPLE_NEXT_REPORT_DATE : EXAMPLE_REPORT_DATE;
  const avtal = new Map<string, RawCell>([["start_date", dateCell(EXAMPLE_START)], ["report_date", dateCell(reportDate)]]);

  if (defects) {
    plantHireDefects(hires, companies);
    plantCompanyDefects(random, companyRows, companies);
    avtal.set("hire_cap_per_year", "sextio");
    // Year 5 added so that the demo also shows a checkpoint judged on the projection; a low
    // company cap and a small incentive share make OVER_CAP and POOL_CAP_REACHED appear at any size.
    avtal.set("exit_checkpoints", "1;3;5");
    avtal.set("company_cap_per_year", 5);
    avtal.set("incentive_share", 0.02);
    // A header with a note, read as Startdatum with NAME_NEAR_MATCH (spec 10.27).
    hireHeaders = [...HIRES_SHEET.columns.map((column) => (column.sv === "Startdatum" ? "Startdatum (ÅÅÅÅ-MM-DD)" : column.sv)), "Kommentar"];
    for (const row of hires) row.push(row[0] === "D19" ? "Företaget saknas i Företag" : null);
    // Pro bono reported in thousands under another header: the audit cannot use the sheet.
    proBonoHeaders = ["Datum", "Partner", "Belopp (tkr)"];
  }

  // After every draw of the first submission, so both submissions share their rows.
  if (options.retroactive) plantNextSubmission(new SeededRandom((options.seed ?? 2018) + 1), hires, companies, companyRows);

  const agreement = agreementSheet((key) => (avtal.has(key) ? avtal.get(key)! : presetCell("botkyrka", key)));
  const sheets: DataSheet[] = [
    defects
      ? { ...agreement, rows: [...agreement.rows, ["bonus_per_job", 5000, "Okänd parameter"]], rowKinds: [...agreement.rowKinds!, "amount"] }
      : agreement,
    { ...dataSheet(HIRES_SHEET, hires), ...(hireHeaders ? { headers: hireHeaders, kinds: [...dataSheet(HIRES_SHEET, []).kinds, "text"] } : {}) },
    dataSheet(COMPANIES_SHEET, companyRows),
    dataSheet(INVESTMENTS_SHEET, investments),
    { ...dataSheet(PROBONO_SHEET, proBono), ...(proBonoHeaders ? { headers: proBonoHeaders } : {}) },
    dataSheet(COSTS_SHEET, costs),
  ];
  return [...sheets, dataSheet(CLAIMS_SHEET, claimRows(sheets, defects))];
}

/** A valid organisationsnummer of an aktiebolag (55xxxx-xxxx). */
function orgnr(random: SeededRandom): string {
  const nine = `55${random.int(2, 9)}${String(random.int(0, 999_999)).padStart(6, "0")}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

function makeCompanies(random: SeededRandom, count: number, span: number): ExampleCompany[] {
  const seen = new Set<string>();
  const companies: ExampleCompany[] = [];
  while (companies.length < count) {
    const id = orgnr(random);
    if (seen.has(id)) continue;
    seen.add(id);
    // Support starts lean early: the foundation recruits companies first, then jobs follow.
    const supportStart = addDays(EXAMPLE_START, Math.floor(random.next() ** 1.3 * (span - 60)));
    const supportEnd = random.chance(0.6) ? dateCell(addDays(supportStart, random.int(365, 900))) : null;
    const employees = random.chance(0.96) ? random.int(5, 50) : random.pick([2, 3, 4, 55, 70, 120]);
    companies.push({
      orgnr: id,
      supportStart,
      row: [id, `${random.pick(NAMES)} ${random.pick(TRADES)} AB`, employees, random.pick(SECTORS), dateCell(supportStart), supportEnd],
    });
  }
  return companies.sort((a, b) => a.supportStart - b.supportStart || (a.orgnr < b.orgnr ? -1 : 1));
}

/** A company whose support began on or before the day (the latest such, picked at random among them). */
function companyFor(random: SeededRandom, companies: readonly ExampleCompany[], day: Day): ExampleCompany {
  let low = 0;
  let high = companies.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (companies[middle]!.supportStart <= day) low = middle + 1;
    else high = middle;
  }
  return companies[low === 0 ? 0 : random.int(0, low - 1)]!;
}

function makeHires(random: SeededRandom, count: number, companies: readonly ExampleCompany[]): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let i = 0; i < count; i++) {
    let start = addDays(EXAMPLE_START, random.int(0, EXAMPLE_REPORT_DATE - EXAMPLE_START));
    const company = companyFor(random, companies, start);
    if (company.supportStart > start) start = company.supportStart;
    const endRoll = random.next();
    const end = endRoll < 0.65 ? undefined : endRoll < 0.9 ? addDays(start, random.int(100, 1000)) : addDays(start, random.int(10, 80));
    const home = random.chance(0.72)
      ? random.pick<RawCell>(["Botkyrka", 127, "0127", "Botkyrka kommun"], [60, 15, 10, 15])
      : random.pick(OTHER_HOMES);
    rows.push(hireRow({
      hireId: `A${String(i + 1).padStart(6, "0")}`,
      personId: `P${String(i + 1).padStart(6, "0")}`,
      orgnr: company.orgnr,
      start,
      end,
      rate: random.pick([1, 0.75, 0.5, 0.25], [70, 10, 15, 5]),
      gender: random.pick(["K", "M", "X"], [45, 53, 2]),
      home,
      bornOutsideEurope: random.chance(0.55),
      monthsUnemployed: random.int(0, 36),
      wageSubsidy: random.chance(0.2),
      contract: random.chance(0.97),
      random,
    }));
  }
  return rows;
}

interface HireSpec {
  readonly hireId: string;
  readonly personId: RawCell;
  readonly orgnr: RawCell;
  readonly start: Day | RawCell;
  readonly end?: Day;
  readonly rate: RawCell;
  readonly gender: RawCell;
  readonly home: RawCell;
  readonly bornOutsideEurope: boolean | RawCell;
  readonly monthsUnemployed: RawCell;
  readonly wageSubsidy: boolean;
  readonly contract: boolean;
  readonly random?: SeededRandom;
}

/** A row of `Anställningar` in the sheet's column order, follow-ups filled where due. */
function hireRow(spec: HireSpec): RawCell[] {
  const start = typeof spec.start === "number" ? (spec.start as Day) : undefined;
  const followUp = (months: number): RawCell => {
    if (start === undefined || addMonths(start, months) > EXAMPLE_REPORT_DATE) return null;
    if (spec.end !== undefined && spec.end < addMonths(start, months)) return "Nej";
    const roll = spec.random ? spec.random.next() : 0;
    return roll < 0.85 ? "Ja" : roll < 0.95 ? "Nej" : null;
  };
  const yesNo = (value: boolean | RawCell) => (typeof value === "boolean" ? (value ? "Ja" : "Nej") : value);
  return [
    spec.hireId,
    spec.personId,
    spec.orgnr,
    start === undefined ? (spec.start as RawCell) : dateCell(start),
    spec.end === undefined ? null : dateCell(spec.end),
    spec.rate,
    spec.gender,
    spec.home,
    yesNo(spec.bornOutsideEurope),
    spec.monthsUnemployed,
    yesNo(spec.wageSubsidy),
    spec.contract ? `AVT-${spec.hireId}` : null,
    followUp(6),
    followUp(12),
  ];
}

/** The company listed with `12 st` employees, and job `D22` there (spec 10.28). */
const PIECEWISE_ORGNR = `559123-456${luhnCheckDigit("559123456")}`;

/** A personnummer that passes the check digit, built here so none is copied from anywhere. */
function syntheticPersonnummer(): string {
  const nine = "850709980";
  return `19${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

/** Appends crafted job rows `D01`… each of which shows one finding code (see the README's table). */
function plantHireDefects(hires: RawCell[][], companies: readonly ExampleCompany[]): void {
  const day = (text: string) => dayFromYmd(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)))!;
  const early = companies[0]!;
  const late = companies.find((company) => company.supportStart > day("2019-01-01"))!;
  const badCheck = `${early.orgnr.slice(0, 10)}${(Number(early.orgnr[10]) + 1) % 10}`;
  const base: HireSpec = {
    hireId: "", personId: null, orgnr: early.orgnr, start: day("2019-03-01"), rate: 1, gender: "K", home: "Botkyrka",
    bornOutsideEurope: true, monthsUnemployed: 14, wageSubsidy: false, contract: true,
  };
  const rows: Partial<HireSpec>[] = [
    { gender: null },
    { start: "03/04/2019" },
    { monthsUnemployed: "tre" },
    { rate: 120 },
    { bornOutsideEurope: "kanske" },
    { orgnr: { error: "#N/A" } },
    { orgnr: badCheck },
    { hireId: "A000001" },
    { personId: "P-DUBBEL", start: day("2019-02-01") },
    { personId: "P-DUBBEL", start: day("2019-08-01") },
    { personId: syntheticPersonnummer() },
    { start: day("2019-05-01"), end: day("2019-04-01") },
    { start: day("2022-09-01") },
    { start: day("2017-06-01") },
    { rate: 0.2 },
    { end: day("2019-04-15") },
    { start: day("2022-05-15") },
    { contract: false },
    { orgnr: "556677-8899".slice(0, 10) + luhnCheckDigit("556677889") },
    { orgnr: late.orgnr, start: addDays(late.supportStart, -30) },
    { end: day("2019-06-05") },
    // At a company whose row has an error ("12 st" employees): still a known company (spec 10.28).
    { orgnr: PIECEWISE_ORGNR },
  ];
  rows.forEach((change, index) => {
    const hireId = `D${String(index + 1).padStart(2, "0")}`;
    hires.push(hireRow({ ...base, hireId, personId: `P-${hireId}`, ...change }));
  });
}

const HIRE_START = 3;
const HIRE_END = 4;
const HIRE_RATE = 5;
const HIRE_HOME = 7;
const HIRE_CONTRACT = 11;
const COMPANY_EMPLOYEES = 2;

/**
 * The next submission (`--retroactive`): jobs started since the first report date, and four edits
 * of years already paid that `compare` must show (spec 12): a job added to year 1, a year-2 start
 * date moved into year 1, a paid job of year 2 removed, and a company's size edited into (or out
 * of) the fee band. Claims in `Redovisning` are recomputed, as a foundation that edits silently would.
 */
function plantNextSubmission(random: SeededRandom, hires: RawCell[][], companies: readonly ExampleCompany[], companyRows: RawCell[][]): void {
  const startOf = (row: readonly RawCell[]) => (row[HIRE_START] instanceof Date ? Math.round((row[HIRE_START] as Date).getTime() / 86_400_000) : undefined);
  const inYear = (row: readonly RawCell[], year: number) => {
    const start = startOf(row);
    return start !== undefined && start >= dayFromYmd(year, 1, 1)! && start <= dayFromYmd(year, 12, 31)!;
  };
  // A job that counts and is paid: ongoing, at least the minimum rate, a contract on file, a resident.
  const paid = (row: readonly RawCell[]) => row[HIRE_END] === null && Number(row[HIRE_RATE]) >= 0.5 && row[HIRE_CONTRACT] !== null &&
    /^(botkyrka|127|0127)/i.test(String(row[HIRE_HOME])) && /^A\d+$/.test(String(row[0]));

  const moved = hires.findIndex((row) => inYear(row, 2019) && paid(row));
  if (moved >= 0) hires[moved] = hires[moved]!.map((cell, col) => (col === HIRE_START ? dateCell(dayFromYmd(2018, 12, 14)!) : cell));
  const removed = hires.findIndex((row, index) => index !== moved && inYear(row, 2019) && paid(row));
  if (removed >= 0) hires.splice(removed, 1);

  const resized = companyRows.findIndex((row) => Number(row[COMPANY_EMPLOYEES]) > 50 && companies.some((company) => company.row === row));
  const target = resized >= 0 ? resized : 0;
  companyRows[target] = companyRows[target]!.map((cell, col) => (col === COMPANY_EMPLOYEES ? (Number(cell) > 50 ? 40 : 60) : cell));

  const early = companies[0]!;
  const count = hires.length;
  hires.push(hireRow({
    hireId: "R0001", personId: "P-R0001", orgnr: early.orgnr, start: addDays(early.supportStart, 20), end: undefined, rate: 1, gender: "K",
    home: "Botkyrka", bornOutsideEurope: true, monthsUnemployed: 4, wageSubsidy: false, contract: true,
  }));
  // Jobs of the new half year: about 5 % more, none of them retroactive.
  const newJobs = Math.max(5, Math.round(count * 0.05));
  for (let i = 0; i < newJobs; i++) {
    const start = addDays(EXAMPLE_REPORT_DATE, random.int(1, EXAMPLE_NEXT_REPORT_DATE - EXAMPLE_REPORT_DATE));
    const company = random.pick(companies);
    hires.push(hireRow({
      hireId: `N${String(i + 1).padStart(6, "0")}`, personId: `PN${String(i + 1).padStart(6, "0")}`, orgnr: company.orgnr, start, rate: random.pick([1, 0.5], [80, 20]),
      gender: random.pick(["K", "M"], [50, 50]), home: random.pick<RawCell>(["Botkyrka", "Huddinge"], [75, 25]), bornOutsideEurope: random.chance(0.5),
      monthsUnemployed: random.int(0, 30), wageSubsidy: random.chance(0.2), contract: true,
    }));
  }
}

function plantCompanyDefects(random: SeededRandom, rows: RawCell[][], companies: readonly ExampleCompany[]): void {
  rows.push([...companies[1]!.row]);
  const id = companies[2]!.orgnr;
  rows.push([`${id.slice(0, 10)}${(Number(id[10]) + 3) % 10}`, "Felnummer AB", 12, "Handel", dateCell(addDays(EXAMPLE_START, 400)), null]);
  rows.push([orgnr(random), "Storbolaget AB", 120, "Tillverkning", dateCell(addDays(EXAMPLE_START, 200)), null]);
  rows.push([PIECEWISE_ORGNR, "Styckvis AB", "12 st", "Handel", dateCell(addDays(EXAMPLE_START, 30)), null]);
}

/** Investments by year up to the report date, about `perYear` kronor a year. */
function makeInvestments(random: SeededRandom, companies: readonly ExampleCompany[], perYear: number): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let year = 0; year < 5; year++) {
    for (let i = 0; i < 8; i++) {
      const date = addDays(EXAMPLE_START, year * 365 + random.int(0, 364));
      if (date > EXAMPLE_REPORT_DATE) continue;
      const amount = Math.round((perYear / 8) * (0.8 + random.next() * 0.4) / 1000) * 1000;
      rows.push([random.pick(companies).orgnr, random.pick(INVESTORS), dateCell(date), amount, random.pick(["Lån", "Räntefritt lån", "Ägarkapital"])]);
    }
  }
  return rows;
}

/** Pro bono by completed year, above the 1.5 MSEK commitment. */
function makeProBono(random: SeededRandom): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let year = 0; year < 5; year++) {
    for (let i = 0; i < 5; i++) {
      const date = addDays(EXAMPLE_START, year * 365 + random.int(0, 364));
      if (date <= EXAMPLE_REPORT_DATE) rows.push([dateCell(date), random.pick(PARTNERS), random.int(320, 420) * 1000]);
    }
  }
  return rows;
}

function makeCosts(random: SeededRandom, defects: boolean): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let year = 1; year <= 5; year++) {
    for (const [category, budget] of BUDGET_LINES) {
      const plannedBudget = defects && year === 3 && category.startsWith("Marknad") ? 450_000 : budget;
      const share = year === 5 ? 0.45 : 0.88 + random.next() * 0.1;
      const actual = defects && year === 2 && category.startsWith("Lokaler") ? 180_000 : Math.round((budget * share) / 100) * 100;
      rows.push([year, category, plannedBudget, actual]);
    }
  }
  return rows;
}

/**
 * The foundation's own claims per year: what the audit recomputes from the other sheets, so a
 * clean example holds together; with defects, year 1's job count is overstated.
 */
function claimRows(sheets: readonly DataSheet[], defects: boolean): RawCell[][] {
  const result = audit(readWorkbook(sheets.map(dataSheetGrid)), { preset: "botkyrka", today: EXAMPLE_REPORT_DATE });
  return result.years.map((year) => [
    year.year,
    year.jobs + (defects && year.year === 1 ? 12 : 0),
    year.residentJobs,
    year.women,
    year.focusGroup,
    year.companiesSupported,
    year.payout.incentive.shownKronor(),
  ]);
}

