/**
 * The form headers and sheet names are compared in: lower case, without spaces, dots and hyphens
 * (spec section 3 and 10.6), so `Org.nr`, `org nr` and `ORG-NR` are one header.
 */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[\s.\-\u00a0\u2010-\u2015]/g, "");
}
