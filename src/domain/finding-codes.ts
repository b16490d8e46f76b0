/** How much a finding matters: an error stops its row from counting (spec section 4). */
export type Severity = "error" | "warning" | "info";

/**
 * Every finding code with its severity (spec section 8). Codes are stable: users cite them.
 */
export const FINDING_SEVERITY = {
  SHEET_MISSING: "error",
  COLUMN_MISSING: "error",
  COLUMN_UNKNOWN: "info",
  AGREEMENT_INVALID: "error",
  AGREEMENT_KEY_UNKNOWN: "info",
  VALUE_REQUIRED: "error",
  DATE_INVALID: "error",
  NUMBER_INVALID: "error",
  RATE_OUT_OF_RANGE: "error",
  CHOICE_INVALID: "error",
  CELL_ERROR: "error",
  CELL_REPEATED: "error",
  ORGNR_INVALID: "error",
  HIRE_ID_DUPLICATE: "error",
  COMPANY_DUPLICATE: "error",
  PERSON_DOUBLE_COUNTED: "warning",
  PERSONNUMMER_FOUND: "warning",
  END_BEFORE_START: "error",
  FUTURE_DATE: "error",
  OUTSIDE_PERIOD: "warning",
  RATE_BELOW_MINIMUM: "info",
  DURATION_TOO_SHORT: "info",
  PENDING_DURATION: "info",
  CONTRACT_MISSING: "warning",
  COMPANY_UNKNOWN: "warning",
  COMPANY_SIZE_OUTSIDE_TARGET: "warning",
  HIRED_BEFORE_SUPPORT: "warning",
  THRESHOLD_GAMING: "warning",
  OVER_CAP: "info",
  POOL_CAP_REACHED: "info",
  CLAIM_MISMATCH: "error",
  BUDGET_MISMATCH: "warning",
  COST_OVER_BUDGET: "warning",
  INVESTMENT_BELOW_COMMITMENT: "warning",
  PROBONO_BELOW_COMMITMENT: "warning",
  EXIT_CLAUSE_TRIGGERED: "warning",
  EXIT_CLAUSE_AT_RISK: "info",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as readonly FindingCode[];

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
