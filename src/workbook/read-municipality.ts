import { normaliseMunicipalityName } from "../domain/residence";
import type { Municipality } from "../domain/records";
import type { RawCell } from "./raw-cell";

/**
 * A home municipality: an SCB code (a number or digit text with up to 4 digits, zero-padded
 * because Excel drops the leading zero: `127` is `0127`, spec 10.20) or a name.
 * `undefined` for a number that cannot be a code.
 */
export function readMunicipality(cell: RawCell): Municipality | undefined {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 && cell <= 9999 ? { code: padCode(cell) } : undefined;
  const text = typeof cell === "string" ? cell.trim() : String(cell);
  if (/^\d{1,4}$/.test(text)) return { code: padCode(Number(text)) };
  return { name: normaliseMunicipalityName(text) };
}

/** An SCB code as four digits. */
export function padCode(code: number): string {
  return String(code).padStart(4, "0");
}
