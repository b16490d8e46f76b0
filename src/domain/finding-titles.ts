import type { FindingCode } from "./finding-codes";
import type { Language } from "./number-format";

/** A short plain-language name for a finding code, in both languages. */
export interface FindingTitle {
  readonly sv: string;
  readonly en: string;
}

/**
 * Words, not codes: what each finding code means, for the board report and the CLI summary
 * (issue 13). Kept beside the messages (STYLE.md example 6); the codes themselves stay in the JSON
 * and in `Granskning` for auditors.
 */
export const FINDING_TITLES: Record<FindingCode, FindingTitle> = {
  SHEET_MISSING: { sv: "Blad saknas", en: "Sheet missing" },
  COLUMN_MISSING: { sv: "Kolumn saknas (bladet används inte)", en: "Column missing (sheet not used)" },
  COLUMN_UNKNOWN: { sv: "Okänd kolumn", en: "Unknown column" },
  AGREEMENT_INVALID: { sv: "Ogiltigt avtalsvärde (förinställningen används)", en: "Invalid agreement value (preset used)" },
  AGREEMENT_KEY_UNKNOWN: { sv: "Okänd avtalsparameter", en: "Unknown agreement parameter" },
  VALUE_REQUIRED: { sv: "Obligatoriskt värde saknas", en: "Required value missing" },
  DATE_INVALID: { sv: "Ogiltigt datum", en: "Invalid date" },
  NUMBER_INVALID: { sv: "Ogiltigt tal", en: "Invalid number" },
  RATE_OUT_OF_RANGE: { sv: "Orimlig sysselsättningsgrad", en: "Employment rate out of range" },
  CHOICE_INVALID: { sv: "Okänt val (kön eller ja/nej)", en: "Unrecognised choice (gender or yes/no)" },
  CELL_ERROR: { sv: "Felvärde i cell", en: "Error value in a cell" },
  ORGNR_INVALID: { sv: "Ogiltigt organisationsnummer", en: "Invalid organisation number" },
  HIRE_ID_DUPLICATE: { sv: "Anställnings-ID förekommer två gånger", en: "Job ID used twice" },
  COMPANY_DUPLICATE: { sv: "Företaget står två gånger", en: "Company listed twice" },
  PERSON_DOUBLE_COUNTED: { sv: "Samma person räknad två gånger (räknas inte)", en: "Same person counted twice (not counted)" },
  PERSONNUMMER_FOUND: { sv: "Personnummer i arbetsboken", en: "Personal identity number in the workbook" },
  END_BEFORE_START: { sv: "Slutar före start", en: "Ends before it starts" },
  FUTURE_DATE: { sv: "Datum efter rapportdatum", en: "Date after the report date" },
  OUTSIDE_PERIOD: { sv: "Utanför avtalsperioden (räknas inte)", en: "Outside the agreement period (not counted)" },
  RATE_BELOW_MINIMUM: { sv: "För låg sysselsättningsgrad (räknas inte)", en: "Employment rate too low (not counted)" },
  DURATION_TOO_SHORT: { sv: "För kort anställning (räknas inte)", en: "Job too short (not counted)" },
  PENDING_DURATION: { sv: "Pågår, minimitiden inte nådd än", en: "Ongoing, minimum duration not yet reached" },
  CONTRACT_MISSING: { sv: "Anställningsavtal saknas (ingen ersättning)", en: "Employment contract missing (not paid)" },
  COMPANY_UNKNOWN: { sv: "Företaget saknas i Företag (ingen företagsersättning)", en: "Company not in the company list (no fee)" },
  COMPANY_SIZE_OUTSIDE_TARGET: { sv: "Företaget utanför storleksgränsen (ingen ersättning)", en: "Company outside the size band (no fee)" },
  HIRED_BEFORE_SUPPORT: { sv: "Anställd innan stödet började", en: "Hired before support began" },
  THRESHOLD_GAMING: { sv: "Avslutad strax efter minimitiden", en: "Ended just after the minimum duration" },
  OVER_CAP: { sv: "Över årstaket (ingen ersättning)", en: "Over the yearly cap (not paid)" },
  POOL_CAP_REACHED: { sv: "Resultatpotten tog slut", en: "Incentive pool used up" },
  CLAIM_MISMATCH: { sv: "Redovisningen stämmer inte", en: "Claims do not match" },
  BUDGET_MISMATCH: { sv: "Budgeten summerar inte till bidraget", en: "Budget does not add up to the grant" },
  COST_OVER_BUDGET: { sv: "Kostnad över budget", en: "Cost over budget" },
  INVESTMENT_BELOW_COMMITMENT: { sv: "Investeringar under åtagandet", en: "Investments below the commitment" },
  PROBONO_BELOW_COMMITMENT: { sv: "Pro bono under åtagandet", en: "Pro bono below the commitment" },
  EXIT_CLAUSE_TRIGGERED: { sv: "Utträdesklausulen utlöst", en: "Exit clause triggered" },
  EXIT_CLAUSE_AT_RISK: { sv: "Utträdesklausulen i riskzonen", en: "Exit clause at risk" },
  NAME_NEAR_MATCH: { sv: "Namn läst som närmaste kända namn", en: "Name read as the nearest known name" },
  CELL_REPEATED: { sv: "Cell angiven två gånger i filen", en: "Cell given twice in the file" },
  SAMPLE_DEVIATION: { sv: "Avvikelse i stickprovet", en: "Deviation in the sample" },
  SAMPLE_INCOMPLETE: { sv: "Stickprovet är inte färdiggranskat", en: "Sample not fully checked" },
  SAMPLE_CONCLUSION: { sv: "Stickprovets slutsats", en: "The sample's conclusion" },
  SAMPLE_INVALID: { sv: "Ogiltigt stickprov", en: "Invalid sample" },
  RETROACTIVE_CHANGE: { sv: "Ändring i efterhand av ett betalt år", en: "A paid year changed afterwards" },
  ROW_REMOVED: { sv: "Rad borttagen sedan förra redovisningen", en: "Row removed since the previous report" },
};

/** The plain-language title of a code (every code has one: a test over FINDING_CODES checks both languages). */
export function findingTitle(code: FindingCode, language: Language): string {
  return FINDING_TITLES[code][language];
}
