const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes SpreadsheetML's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): a character
 * XML cannot hold (a control character) is written as its hex code; `_x005F_` escapes a literal
 * underscore before such a pattern. What comes out is the cell's text as Excel shows it.
 */
export function unescapeOoxmlText(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
