import type { Day } from "./day";
import type { Place } from "./finding";

/** Gender as the agreement reports it (spec section 3): woman, man, other or unknown. */
export type Gender = "K" | "M" | "X";

/** A home municipality as written: an SCB code, a name, or both unknown. */
export interface Municipality {
  readonly code?: string;
  /** Lower case, without a trailing " kommun". */
  readonly name?: string;
}

/** A row of `Anställningar` (spec section 3). */
export interface Hire {
  readonly hireId: string;
  readonly personId: string;
  readonly orgnr: string;
  readonly startDate: Day;
  readonly endDate: Day;
  readonly rate: number;
  readonly gender: Gender;
  readonly municipality: Municipality;
  readonly bornOutsideEurope: boolean;
  readonly monthsUnemployed: number;
  readonly wageSubsidy: boolean;
  readonly contractRef: string;
  readonly employed6m: boolean;
  readonly employed12m: boolean;
}

/** A row of `Företag`. */
export interface Company {
  readonly orgnr: string;
  readonly name: string;
  readonly employees: number;
  readonly sector: string;
  readonly supportStart: Day;
  readonly supportEnd: Day;
}

/** A row of `Investeringar`. */
export interface Investment {
  readonly orgnr: string;
  readonly investor: string;
  readonly date: Day;
  readonly amountSek: number;
  readonly type: string;
}

/** A row of `Pro bono`. */
export interface ProBono {
  readonly date: Day;
  readonly partner: string;
  readonly valueSek: number;
}

/** A row of `Kostnader`. */
export interface Cost {
  readonly agreementYear: number;
  readonly category: string;
  readonly budgetSek: number;
  readonly actualSek: number;
}

/** A row of `Redovisning`: what the foundation itself claims for one agreement year. */
export interface Claim {
  readonly agreementYear: number;
  readonly jobs: number;
  readonly residentJobs: number;
  readonly women: number;
  readonly focusGroup: number;
  readonly companiesSupported: number;
  readonly incentiveSek: number;
}

/**
 * One data row as read from its sheet: the fields that could be read, and whether any cell of
 * it had an error-severity finding (such a row counts nowhere, spec section 4).
 */
export interface SourceRow<T> {
  /** 0-based row index in the sheet. */
  readonly row: number;
  readonly fields: Partial<T>;
  readonly invalid: boolean;
}

/** A result sheet as read: its actual name, where each field's column is, and its rows. */
export interface SourceTable<T> {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<keyof T, number>>>;
  /** The header text as the sheet wrote it, per field, for messages. */
  readonly headers: Readonly<Partial<Record<keyof T, string>>>;
  /** In ascending row order, whatever order a file wrote them in: read-table.ts walks the grid top-down. */
  readonly rows: readonly SourceRow<T>[];
}

/** Where a field of a row sits, if its column exists. */
export function fieldPlace<T>(table: SourceTable<T>, row: number, field: keyof T): Place {
  return { sheet: table.sheet, row, col: table.columns[field] };
}
