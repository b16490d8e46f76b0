import type { FindingCode } from "../domain/finding-codes";

/**
 * A cell that could not be read: the finding to report at it. Reading a good cell returns its value
 * itself, with nothing allocated around it: a million-row sheet reads fourteen million cells.
 */
export class CellProblem {
  constructor(
    readonly code: FindingCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {}
}

/** What reading one cell gave: its value, or the problem to report. */
export type CellRead<T> = T | CellProblem;

export function problem(code: FindingCode, params?: Readonly<Record<string, string | number>>): CellProblem {
  return new CellProblem(code, params);
}
