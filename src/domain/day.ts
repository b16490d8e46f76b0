/**
 * A calendar day as a whole number of days since 1970-01-01.
 *
 * The agreement counts whole days in closed intervals (spec section 4), so days are integers and
 * never carry a time of day or a time zone. The brand keeps a day from being mixed up with a count.
 */
export type Day = number & { readonly __unit: "day" };

const MS_PER_DAY = 86_400_000;

/** Builds a day from a year, a month (1-12) and a day of the month, or `undefined` if no such date exists. */
export function dayFromYmd(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  if (dayOfMonth > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, dayOfMonth) as Day;
}

/** The number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Days from and to civil dates by integer arithmetic (Howard Hinnant's algorithms), without
// `Date`: the audit converts a few dates per job row, and a million rows must stay fast.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Splits a day into year, month (1-12) and day of the month. */
export function ymdOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

/** The day as `YYYY-MM-DD`. */
export function isoDay(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Parses strict `YYYY-MM-DD`; anything else is `undefined`. */
export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Adds whole days. */
export function addDays(day: Day, days: number): Day {
  return (day + days) as Day;
}

/**
 * Adds calendar months, clamping to the last day of the target month: 2018-11-30 + 3 months is
 * 2019-02-28 (spec section 4).
 */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: d } = ymdOf(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayFromYmd(targetYear, targetMonth, Math.min(d, daysInMonth(targetYear, targetMonth)))!;
}

/** Adds calendar years; 29 February becomes 28 February in a common year. */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, 12 * years);
}

/** The number of days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInclusive(from: Day, to: Day): number {
  return Math.max(0, to - from + 1);
}

/** Today's date in UTC, for a report date nobody gave (spec 10.1). */
export function today(): Day {
  return Math.floor(Date.now() / MS_PER_DAY) as Day;
}
