import { FINDING_SEVERITY, type FindingCode, type Severity } from "./finding-codes";

/**
 * Where a finding sits: a sheet, and a cell in it when there is one (0-based row and column).
 * The A1 form (`Anställningar!E7`) is made only at the edges.
 */
export interface Place {
  readonly sheet: string;
  readonly row?: number;
  readonly col?: number;
}

/** No sheet: the pool cap, the exit clause, commitments (spec 10.21). */
export const NOWHERE: Place = { sheet: "" };

/** The values a message names: what was found, what was expected, and the figures behind it. */
export type FindingParams = Readonly<Record<string, string | number | undefined>>;

/** One thing the audit has to say about the workbook (spec section 8). */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly place: Place;
  readonly params: FindingParams;
}

/**
 * Makes a finding with the severity its code carries. Only `SAMPLE_CONCLUSION` passes its own:
 * info when the sample supports the payout, warning when it does not (spec 10.30).
 */
export function finding(code: FindingCode, place: Place, params: FindingParams = {}, severity: Severity = FINDING_SEVERITY[code]): Finding {
  return { code, severity, place, params };
}

/** A place at one cell. */
export function cellAt(sheet: string, row: number, col: number): Place {
  return { sheet, row, col };
}
