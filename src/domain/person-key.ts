import { type Day, dayFromYmd } from "./day";
import { wholePersonnummer } from "./personnummer";

/**
 * The form a Person-ID is compared in (spec 10.7 and 10.25): trimmed and case-sensitive, except
 * that a personnummer in any of its forms is compared as its 12 digits, so `850709-9805`,
 * `8507099805`, `19850709-9805` and `198507099805` are one person. The century of a 10-digit form
 * is the latest that puts the birth on or before the report date; `+` adds a hundred years of age.
 */
export function personKey(personId: string, reportDate: Day): string {
  const id = personId.trim();
  const found = wholePersonnummer(id);
  if (!found || found.digits.length === 12) return found ? found.digits : id;
  const yy = Number(found.digits.slice(0, 2));
  const month = Number(found.digits.slice(2, 4));
  const rawDay = Number(found.digits.slice(4, 6));
  // A samordningsnummer's day is the day of the month + 60: 61 to 91 (spec 10.19). Written as
  // `>= 61`, not `> 60`: no valid number has day 60, so `> 60` against `>= 60` could not be told.
  const dayOfMonth = rawDay >= 61 ? rawDay - 60 : rawDay;
  let century = 2000;
  // Step back a century while the birth would lie after the report date (or not exist).
  while (century > 1800) {
    const birth = dayFromYmd(century + yy, month, dayOfMonth);
    if (birth !== undefined && birth <= reportDate) break;
    century -= 100;
  }
  if (found.sign === "+") century -= 100;
  return `${century / 100}${found.digits}`;
}
