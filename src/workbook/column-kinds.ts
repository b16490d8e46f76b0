import { checkOrgnr } from "../domain/organisationsnummer";
import { type CellRead, problem } from "./cell-read";
import { readGender, readYesNo } from "./read-choice";
import { possibleReadings, readDate } from "./read-date";
import { readMunicipality } from "./read-municipality";
import { readNumber } from "./read-number";
import { readFraction } from "./read-rate";
import { displayCell, type RawCell } from "./raw-cell";

/** How a result column's cells are read (spec section 3). */
export type ColumnKind = "text" | "orgnr" | "date" | "rate" | "gender" | "yesNo" | "municipality" | "count" | "amount" | "year";

/**
 * Kinds whose cells read a `0` as empty (spec 10.24): older Excel builds pass an empty cell to a
 * custom function as 0, and serial 0 is no date, no identifier and no text anyone typed. Yes/no
 * keeps 0 as "no", which spec section 3 lists explicitly among its forms.
 */
export const ZERO_IS_EMPTY: ReadonlySet<ColumnKind> = new Set<ColumnKind>(["text", "orgnr", "date", "gender"]);

type Reader = (cell: RawCell) => CellRead<unknown>;

const found = (cell: RawCell) => ({ found: displayCell(cell) });

/** What a cell of another type (a yes/no, a date) gives the Org.nr check: a text that fails it. */
// Stryker disable next-line StringLiteral: equivalent, any text that is no organisationsnummer (StrykerJS's "Stryker was here!" too) gives the same "format" problem.
const NO_TEXT = "";

/** One reader per kind, for a non-empty cell that holds no Excel error. */
export const COLUMN_READERS: Readonly<Record<ColumnKind, Reader>> = {
  text: (cell) => displayCell(cell).trim(),
  orgnr: (cell) => {
    const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : NO_TEXT;
    const check = checkOrgnr(text);
    if (check.valid) return check.orgnr;
    const params = { ...found(cell), problem: check.problem };
    return problem("ORGNR_INVALID", check.problem === "checkDigit" ? { ...params, expectedDigit: check.expectedDigit } : params);
  },
  date: (cell) => {
    const day = readDate(cell);
    if (day !== undefined) return day;
    // Spec 10.26: an ambiguous D/M/YYYY names both readings, so the fix is one look away.
    const readings = possibleReadings(cell);
    return problem("DATE_INVALID", readings.length ? { ...found(cell), readings: readings.join(";") } : found(cell));
  },
  rate: (cell) => {
    const rate = readFraction(cell); // a yes/no is no number: undefined
    if (rate === undefined) return problem("NUMBER_INVALID", { ...found(cell), problem: "share" });
    return rate > 0 && rate <= 1 ? rate : problem("RATE_OUT_OF_RANGE", found(cell));
  },
  gender: (cell) => {
    const gender = readGender(cell);
    return gender === undefined ? problem("CHOICE_INVALID", { ...found(cell), problem: "gender" }) : gender;
  },
  yesNo: (cell) => {
    const answer = readYesNo(cell);
    return answer === undefined ? problem("CHOICE_INVALID", { ...found(cell), problem: "yesNo" }) : answer;
  },
  municipality: (cell) => {
    const home = readMunicipality(cell);
    return home === undefined ? problem("NUMBER_INVALID", { ...found(cell), problem: "code" }) : home;
  },
  count: (cell) => {
    const number = readNumber(cell);
    return number !== undefined && Number.isInteger(number) && number >= 0 ? number : problem("NUMBER_INVALID", { ...found(cell), problem: "whole" });
  },
  amount: (cell) => {
    const number = readNumber(cell);
    return number !== undefined && number >= 0 ? number : problem("NUMBER_INVALID", { ...found(cell), problem: "nonNegative" });
  },
  year: (cell) => {
    const number = readNumber(cell);
    // (Number.isInteger is false for undefined, a cell that is no number.)
    return Number.isInteger(number) ? (number as number) : problem("NUMBER_INVALID", { ...found(cell), problem: "yearRange" });
  },
};
