import type { Day } from "../domain/day";
import { readDate } from "../workbook/read-date";
import { rawCellOf } from "./table-argument";
import { FunctionInputError } from "./function-input-error";

/** A date argument: a serial number, a date text the CLI reads (spec section 3), else #VALUE! with the reason. */
export function dateArgument(name: string, value: unknown): Day {
  const cell = rawCellOf(value);
  const day = cell === null || typeof cell === "object" ? undefined : readDate(cell);
  if (day === undefined) throw new FunctionInputError("value", `${name}: "${String(cell ?? "")}" is not a date.`);
  return day;
}
