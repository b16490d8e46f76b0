import { checkOrgnr } from "../domain/organisationsnummer";
import { type CellRead, problem } from "./cell-read";
import { readGender, readYesNo } from "./read-choice";
import { readDate } from "./read-date";
import { readMunicipality } from "./read-municipality";
import { readNumber } from "./read-number";
import { readFraction } from "./read-rate";
import { displayCell, type RawCell } from "./raw-cell";

/** How a result column's cells are read (spec section 3). */
export type ColumnKind = "text" | "orgnr" | "date" | "rate" | "gender" | "yesNo" | "municipality" | "count" | "amount" | "year";

type Reader = (cell: RawCell) => CellRead<unknown>;

const found = (cell: RawCell) => ({ found: displayCell(cell) });

/** One reader per kind, for a non-empty cell that holds no Excel error. */
export const COLUMN_READERS: Readonly<Record<ColumnKind, Reader>> = {
  text: (cell) => displayCell(cell).trim(),
  orgnr: (cell) => {
    const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : "";
    const check = checkOrgnr(text);
    if (check.valid) return check.orgnr;
    const params = { ...found(cell), problem: check.problem };
    return problem("ORGNR_INVALID", check.problem === "checkDigit" ? { ...params, expectedDigit: check.expectedDigit } : params);
  },
  date: (cell) => {
    const day = readDate(cell);
    return day === undefined ? problem("DATE_INVALID", found(cell)) : day;
  },
  rate: (cell) => {
    const rate = typeof cell === "boolean" ? undefined : readFraction(cell);
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
    return number !== undefined && Number.isInteger(number) ? number : problem("NUMBER_INVALID", { ...found(cell), problem: "yearRange" });
  },
};
