import type { Claim, Company, Cost, Hire, Investment, ProBono } from "../domain/records";
import type { ColumnKind } from "./column-kinds";

/** One column of a result sheet: its Swedish header, English alias, whether it is required, and its kind. */
export interface ColumnSpec<T> {
  readonly field: keyof T & string;
  readonly sv: string;
  readonly en: string;
  readonly required: boolean;
  readonly kind: ColumnKind;
  /** Other headers accepted for the column (spec 10.2: `Value` for `Värde`). */
  readonly also?: readonly string[];
}

/** A result sheet: its Swedish name, English alias, whether it must exist, and its columns (spec section 3). */
export interface SheetSpec<T> {
  readonly sv: string;
  readonly en: string;
  readonly required: boolean;
  readonly columns: readonly ColumnSpec<T>[];
}

const col = <T>(field: keyof T & string, sv: string, en: string, required: boolean, kind: ColumnKind, also?: readonly string[]): ColumnSpec<T> =>
  ({ field, sv, en, required, kind, also });

export const HIRES_SHEET: SheetSpec<Hire> = {
  sv: "Anställningar",
  en: "Hires",
  required: true,
  columns: [
    col("hireId", "Anställnings-ID", "Hire ID", true, "text"),
    col("personId", "Person-ID", "Person ID", false, "text"),
    col("orgnr", "Org.nr", "Company ID", true, "orgnr"),
    col("startDate", "Startdatum", "Start date", true, "date"),
    col("endDate", "Slutdatum", "End date", false, "date"),
    col("rate", "Sysselsättningsgrad", "Employment rate", true, "rate"),
    col("gender", "Kön", "Gender", true, "gender"),
    col("municipality", "Hemkommun", "Home municipality", true, "municipality"),
    col("bornOutsideEurope", "Född utanför Europa", "Born outside Europe", true, "yesNo"),
    col("monthsUnemployed", "Månader utan arbete", "Months unemployed", false, "count"),
    col("wageSubsidy", "Lönestöd", "Wage subsidy", false, "yesNo"),
    col("contractRef", "Anställningsavtal", "Contract reference", false, "text"),
    col("employed6m", "I arbete efter 6 mån", "Employed at 6 months", false, "yesNo"),
    col("employed12m", "I arbete efter 12 mån", "Employed at 12 months", false, "yesNo"),
  ],
};

export const COMPANIES_SHEET: SheetSpec<Company> = {
  sv: "Företag",
  en: "Companies",
  required: true,
  columns: [
    col("orgnr", "Org.nr", "Company ID", true, "orgnr"),
    col("name", "Företagsnamn", "Company name", true, "text"),
    col("employees", "Antal anställda", "Employees", true, "count"),
    col("sector", "Bransch", "Sector", false, "text"),
    col("supportStart", "Affärsutveckling från", "Support start", true, "date"),
    col("supportEnd", "Affärsutveckling till", "Support end", false, "date"),
  ],
};

export const INVESTMENTS_SHEET: SheetSpec<Investment> = {
  sv: "Investeringar",
  en: "Investments",
  required: false,
  columns: [
    col("orgnr", "Org.nr", "Company ID", false, "orgnr"),
    col("investor", "Investerare", "Investor", false, "text"),
    col("date", "Datum", "Date", true, "date"),
    col("amountSek", "Belopp (kr)", "Amount (SEK)", true, "amount", ["Belopp", "Amount"]),
    col("type", "Typ", "Type", false, "text"),
  ],
};

export const PROBONO_SHEET: SheetSpec<ProBono> = {
  sv: "Pro bono",
  en: "Pro bono",
  required: false,
  columns: [
    col("date", "Datum", "Date", true, "date"),
    col("partner", "Partner", "Partner", false, "text"),
    col("valueSek", "Värde (kr)", "Value (SEK)", true, "amount", ["Värde", "Value"]),
  ],
};

export const COSTS_SHEET: SheetSpec<Cost> = {
  sv: "Kostnader",
  en: "Costs",
  required: false,
  columns: [
    col("agreementYear", "Avtalsår", "Agreement year", true, "year"),
    col("category", "Kostnadsslag", "Category", false, "text"),
    col("budgetSek", "Budget (kr)", "Budget (SEK)", true, "amount", ["Budget"]),
    col("actualSek", "Utfall (kr)", "Actual (SEK)", false, "amount", ["Utfall", "Actual"]),
  ],
};

export const CLAIMS_SHEET: SheetSpec<Claim> = {
  sv: "Redovisning",
  en: "Claims",
  required: false,
  columns: [
    col("agreementYear", "Avtalsår", "Agreement year", true, "year"),
    col("jobs", "Antal jobb", "Jobs", false, "count"),
    col("residentJobs", "varav boende i kommunen", "Resident jobs", false, "count"),
    col("women", "varav kvinnor", "Women", false, "count"),
    col("focusGroup", "varav födda utanför Europa", "Born outside Europe", false, "count"),
    col("companiesSupported", "Företag med affärsutveckling", "Companies supported", false, "count"),
    col("incentiveSek", "Begärd resultatersättning (kr)", "Incentive claimed (SEK)", false, "amount"),
  ],
};

/** The `Avtal` sheet: parameter keys and their values (spec section 2). */
export const AGREEMENT_SHEET = { sv: "Avtal", en: "Agreement", key: { sv: "Parameter", en: "Parameter" }, value: { sv: "Värde", en: "Value" }, description: { sv: "Beskrivning", en: "Description" } } as const;

/** Every result sheet, in the order the template writes them. */
export const RESULT_SHEETS = [HIRES_SHEET, COMPANIES_SHEET, INVESTMENTS_SHEET, PROBONO_SHEET, COSTS_SHEET, CLAIMS_SHEET] as const;
