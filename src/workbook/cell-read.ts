import type { FindingCode } from "../domain/finding-codes";

/** What reading one cell gave: a value, nothing (empty), or a problem to report at the cell. */
export type CellRead<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly code: FindingCode; readonly params?: Readonly<Record<string, string | number>> };

export const EMPTY: CellRead<never> = { ok: true, value: undefined };

export function value<T>(value: T): CellRead<T> {
  return { ok: true, value };
}

export function problem(code: FindingCode, params?: Readonly<Record<string, string | number>>): CellRead<never> {
  return { ok: false, code, params };
}
