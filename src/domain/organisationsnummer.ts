import { luhnCheckDigit } from "./luhn";

/** Why an organisationsnummer is not valid, or its normal form `NNNNNN-NNNN`. */
export type OrgnrCheck =
  | { readonly valid: true; readonly orgnr: string }
  | { readonly valid: false; readonly problem: "format" | "thirdDigit" }
  | { readonly valid: false; readonly problem: "checkDigit"; readonly expectedDigit: number };

/**
 * Checks an organisationsnummer (spec section 3): `NNNNNN-NNNN` or 10 digits, with an optional
 * `16` century prefix; the third digit is at least 2; the last digit is the Luhn check digit.
 */
export function checkOrgnr(text: string): OrgnrCheck {
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(text.replace(/\s/g, ""));
  if (!match) return { valid: false, problem: "format" };
  const digits = match[1]! + match[2]!;
  if (Number(digits[2]) < 2) return { valid: false, problem: "thirdDigit" };
  const expectedDigit = luhnCheckDigit(digits.slice(0, 9));
  if (expectedDigit !== Number(digits[9])) return { valid: false, problem: "checkDigit", expectedDigit };
  return { valid: true, orgnr: `${match[1]}-${match[2]}` };
}
