import { type Day, dayFromYmd } from "../domain/day";
import type { RawCell } from "./raw-cell";

/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const SERIAL_OF_EPOCH = 25569;
const MAX_SERIAL = 2958465; // 9999-12-31

/**
 * A day from an Excel date serial, a date cell or text `YYYY-MM-DD` / `YYYYMMDD` (spec section 3).
 * Serial 60, Excel's phantom 1900-02-29, is no day; serials before it are one day off because of
 * it; a time fraction is dropped (spec 10.18). Digits-only text is never a serial.
 */
export function readDate(cell: RawCell): Day | undefined {
  if (typeof cell === "number") return daySerial(cell);
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? undefined : (Math.floor(time / 86_400_000) as Day);
  }
  if (typeof cell !== "string") return undefined;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(cell.trim());
  if (!match || (cell.includes("-") && !/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(cell))) return undefined;
  return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
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
