import type { Gender } from "../domain/records";
import type { RawCell } from "./raw-cell";

const GENDERS: Readonly<Record<string, Gender>> = {
  k: "K", kvinna: "K", f: "K", female: "K", w: "K", woman: "K",
  m: "M", man: "M", male: "M",
  x: "X", annat: "X", okänt: "X", other: "X", unknown: "X",
};

const YES_NO: Readonly<Record<string, boolean>> = {
  ja: true, j: true, yes: true, y: true, true: true, x: true, "1": true,
  nej: false, n: false, no: false, false: false, "0": false,
};

/** Gender from the forms of spec section 3, case-insensitive; `undefined` if not recognised. */
export function readGender(cell: RawCell): Gender | undefined {
  return typeof cell === "string" ? GENDERS[cell.trim().toLowerCase()] : undefined;
}

/** Yes or no from the forms of spec section 3 (text, booleans, 1 and 0); `undefined` if not recognised. */
export function readYesNo(cell: RawCell): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : undefined;
  return typeof cell === "string" ? YES_NO[cell.trim().toLowerCase()] : undefined;
}
