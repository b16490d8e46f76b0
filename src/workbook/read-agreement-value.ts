import { AGREEMENT_PARAMETERS, type ParameterKind, isParameterKey } from "../domain/agreement-parameters";
import { readYesNo } from "./read-choice";
import { readDate } from "./read-date";
import { padCode } from "./read-municipality";
import { readNumber } from "./read-number";
import { readFraction } from "./read-rate";
import { displayCell, type RawCell } from "./raw-cell";

/**
 * Reads an `Avtal` value by its parameter's kind (spec section 2 and 10.2): shares accept the
 * percent forms, factors are plain numbers, lists are `;`-separated. Returns `null` when the cell
 * cannot be read as that kind, so the engine reports it; the engine also checks ranges.
 */
export function readAgreementValue(key: string, cell: RawCell): unknown {
  const normalised = key.trim().toLowerCase();
  if (!isParameterKey(normalised)) return displayCell(cell);
  return READERS[AGREEMENT_PARAMETERS[normalised].kind](cell) ?? null;
}

const list = (cell: RawCell): number[] | undefined => {
  if (typeof cell === "number") return [cell];
  if (typeof cell !== "string") return undefined;
  const parts = cell.split(";").map((part) => readNumber(part));
  return parts.every((part): part is number => part !== undefined) ? parts : undefined;
};

const READERS: Readonly<Record<ParameterKind, (cell: RawCell) => unknown>> = {
  date: readDate,
  positiveWhole: readNumber,
  whole: readNumber,
  amount: readNumber,
  share: readFraction, // a yes/no is no number: undefined
  factor: readNumber,
  text: (cell) => (typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : undefined),
  code: (cell) => {
    const text = displayCell(cell).trim();
    return /^\d{1,4}$/.test(text) ? padCode(Number(text)) : text;
  },
  bool: readYesNo,
  targets: list,
  checkpoints: list,
};
