import { type Day, dayFromYmd, isoDay } from "../domain/day";
import type { RawCell } from "./raw-cell";

/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const SERIAL_OF_EPOCH = 25569;
const MAX_SERIAL = 2958465; // 9999-12-31

/**
 * Month names as people write them (spec 10.26): Swedish and English, in full and in their usual
 * abbreviations, with or without a dot. Compared in lower case.
 */
const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: readonly (readonly string[])[] = [
    ["januari", "jan", "january"],
    ["februari", "feb", "febr", "february"],
    ["mars", "mar", "march"],
    ["april", "apr"],
    ["maj", "may"],
    ["juni", "jun", "june"],
    ["juli", "jul", "july"],
    ["augusti", "aug", "august"],
    ["september", "sep", "sept"],
    ["oktober", "okt", "oct", "october"],
    ["november", "nov"],
    ["december", "dec"],
  ];
  const months: Record<string, number> = {};
  names.forEach((forms, index) => forms.forEach((form) => (months[form] = index + 1)));
  return months;
})();

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NAMED = /^(\d{1,2})\.?\s+([a-zåäö]+)\.?,?\s+(\d{4})$/;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/**
 * A day from an Excel date serial, a date cell, or text `YYYY-MM-DD`, `YYYY-M-D`, `YYYYMMDD`
 * (spec section 3, 10.26) or `D månad YYYY` / `D month YYYY` with a Swedish or English month name
 * or its usual abbreviation (`1 mars 2019`, `1 Mar 2019`). Serial 60, Excel's phantom 1900-02-29,
 * is no day; serials before it are one day off because of it; a time fraction is dropped (spec
 * 10.18). Digits-only text is never a serial. `D/M/YYYY`, `M/D/YYYY` and two-digit years are no
 * day: which one was meant cannot be told (see `possibleReadings`).
 */
export function readDate(cell: RawCell): Day | undefined {
  if (typeof cell === "number") return daySerial(cell);
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? undefined : (Math.floor(time / 86_400_000) as Day);
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  const ymd = ISO.exec(text) ?? COMPACT.exec(text);
  if (ymd) return dayFromYmd(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const named = NAMED.exec(text.toLowerCase());
  if (named) {
    const month = MONTHS[named[2]!];
    return month === undefined ? undefined : dayFromYmd(Number(named[3]), month, Number(named[1]));
  }
  return undefined;
}

/**
 * The real dates an ambiguous `D/M/YYYY` (or `M/D/YYYY`, also with dots) text could mean, as
 * `YYYY-MM-DD`, so a `DATE_INVALID` message can name them (spec 10.26). Empty for any other text,
 * and for a two-digit year, whose century cannot be told either.
 */
export function possibleReadings(cell: RawCell): readonly string[] {
  if (typeof cell !== "string") return [];
  const match = SLASHED.exec(cell.trim());
  if (!match) return [];
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const readings = [dayFromYmd(year, second, first), dayFromYmd(year, first, second)]
    .filter((day): day is Day => day !== undefined)
    .map(isoDay);
  return [...new Set(readings)];
}

function daySerial(serial: number): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  return (whole - SERIAL_OF_EPOCH + (whole < 60 ? 1 : 0)) as Day;
}

/** The Excel serial of a day (after 1900-02-28), for writing date cells as numbers. */
export function serialOf(day: Day): number {
  const serial = day + SERIAL_OF_EPOCH;
  return serial <= 60 ? serial - 1 : serial;
}
