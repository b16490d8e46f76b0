import { dayFromYmd } from "./day";
import { luhnCheckDigit } from "./luhn";

/**
 * What people put between the date and the last four digits: the hyphen and plus of spec 10.19,
 * and what keyboards and word processors put there instead (issue 10): the Unicode hyphens
 * U+2010–U+2012 (U+2011 is the non-breaking hyphen), en and em dash, the minus sign, a space, a
 * no-break space or a narrow no-break space.
 */
const SEPARATOR = "[-+\u2010-\u2014\u2212 \u00a0\u202f]";

/**
 * Personal identity numbers must never sit in a results workbook, and the audit must never repeat
 * one (spec section 8). Forms found (spec 10.19): `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYYYMMDD-NNNC`
 * (with any `SEPARATOR`), `YYYYMMDDNNNC` as tokens bounded by non-digits, and 12-digit number cells.
 */
const TOKEN = new RegExp(`(?<!\\d)(\\d{6}|\\d{8})(${SEPARATOR})(\\d{4})(?!\\d)|(?<!\\d)(\\d{12})(?!\\d)`, "g");

/** The bare 10-digit form `YYMMDDNNNC` (spec 10.25): found in the Person-ID column, masked everywhere. */
const TEN_DIGITS = /(?<!\d)\d{10}(?!\d)/g;

/**
 * A cheap first look: every form holds a month 01-12 where a date's month stands, followed by the
 * day and the last four digits. An organisationsnummer (its "month" is 20 or more) fails here.
 * A text it does not match is returned unchanged by `maskPersonnummer` (the outgoing-text gate
 * relies on that, so a part of the text cannot match either: the pattern has no anchors).
 */
// (An emptied pattern, which matches every text, only sends every text to the full search: an
// equivalent mutant. So are the length and SIX_DIGITS shortcuts of the two functions below made
// to pass everything on ("false", `||` → `&&`): left counted beside their killable "true".)
// Stryker disable next-line StringLiteral: equivalent, as said above.
export const SIX_DIGITS = new RegExp(`\\d\\d(?:0[1-9]|1[0-2])\\d\\d${SEPARATOR}\\d{4}|\\d{4}(?:0[1-9]|1[0-2])\\d{6}|\\d\\d(?:0[1-9]|1[0-2])\\d{6}`);

/** Whether the text holds a valid personnummer (or samordningsnummer) anywhere. */
export function containsPersonnummer(text: string): boolean {
  if (text.length < 11 || !SIX_DIGITS.test(text)) return false;
  return findPersonnummer(text).length > 0;
}

/** Whether a number cell is a valid 12-digit personnummer. */
export function isPersonnummerNumber(value: number): boolean {
  // 1e11 and 1e12 themselves have month 00, no personnummer either way: `>` for `>=` and `<=` for
  // `<` are equivalent mutants, left counted beside the killable ones.
  return Number.isInteger(value) && value >= 1e11 && value < 1e12 && isValidDigits(String(value));
}

/**
 * Replaces each personnummer in the text by its date part and asterisks: `850709-****`. Masks
 * more than `containsPersonnummer` finds: also the bare 10-digit form, wherever it stands, since a
 * value echoed in a message no longer knows which column it came from.
 */
export function maskPersonnummer(text: string): string {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return text;
  return text
    .replace(TOKEN, (token, date?: string, sign?: string, tail?: string, twelve?: string) => {
      const digits = twelve ?? `${date}${tail}`;
      if (!isValidDigits(digits)) return token;
      return twelve ? `${twelve.slice(0, 8)}****` : `${date}${sign}****`;
    })
    .replace(TEN_DIGITS, (ten) => (isValidDigits(ten) ? `${ten.slice(0, 6)}****` : ten));
}

/**
 * A Person-ID cell that is, as a whole, a personnummer (spec 10.25): any form of 10.19, or in
 * this column also the bare 10-digit `YYMMDDNNNC`. Gives its digits (10 or 12) and its
 * separator (`+` marks a person of 100 or more), or `undefined`.
 */
export function wholePersonnummer(text: string): { readonly digits: string; readonly sign: string } | undefined {
  const match = /^(\d{6}|\d{8})([-+]?)(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const digits = `${match[1]}${match[3]}`;
  return isValidDigits(digits) ? { digits, sign: match[2]! } : undefined;
}

function findPersonnummer(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const digits = match[4] ?? `${match[1]}${match[3]}`;
    if (isValidDigits(digits)) found.push(match[0]);
  }
  return found;
}

/** 10 digits (YYMMDDNNNC) or 12 digits (YYYYMMDDNNNC): check digit and a real date (or day + 60). */
function isValidDigits(digits: string): boolean {
  const ten = digits.length === 12 ? digits.slice(2) : digits;
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return false;
  const month = Number(ten.slice(2, 4));
  const rawDay = Number(ten.slice(4, 6));
  // A samordningsnummer: the day + 60, so 61 to 91 (`>= 61`: day 60 is no date either way).
  const day = rawDay >= 61 ? rawDay - 60 : rawDay;
  // Ten digits name no century: the date must be real in 19YY or 20YY. Only 29 February tells
  // years apart, and 20YY is a leap year whenever 19YY is (and 2000 though 1900 is not), so 20YY
  // stands for both.
  const year = Number(digits.length === 12 ? digits.slice(0, 4) : `20${ten.slice(0, 2)}`);
  return dayFromYmd(year, month, day) !== undefined;
}
