import { readNumber } from "./read-number";
import type { RawCell } from "./raw-cell";

/**
 * A share or percentage as a fraction (spec section 3): a number in (0, 1] is a fraction, in
 * (1, 100] a percentage; text `50%`, `50 %`, `0,5`, `50` (spec 10.20). Values outside stay as
 * they are so the caller can say they are out of range; `undefined` when it is not a number.
 */
export function readFraction(cell: RawCell): number | undefined {
  // Spaces after the % are allowed (spec 10.20); readNumber refuses a % anywhere else.
  if (typeof cell === "string" && cell.trimEnd().endsWith("%")) {
    const percent = readNumber(cell.trimEnd().slice(0, -1));
    return percent === undefined ? undefined : percent / 100;
  }
  const number = readNumber(cell);
  if (number === undefined) return undefined;
  return number > 1 && number <= 100 ? number / 100 : number;
}
