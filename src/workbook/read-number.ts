import type { RawCell } from "./raw-cell";

const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;

/**
 * A number from a number cell or from text written the Swedish way (spec 10.20): `5 000 000`,
 * `5 000 000 kr`, `1,5`, `1.5`, `12 SEK`. Thousands group with a space or no-break space only;
 * a dot is always a decimal mark. `undefined` when it is not a number.
 */
export function readNumber(cell: RawCell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim().replace(/\s*(?:kr|sek|:-)$/i, "");
  if (!PLAIN.test(text) && !GROUPED.test(text)) return undefined;
  return Number(text.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
}
