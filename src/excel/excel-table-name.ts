import { looksLikeReference } from "../workbook/a1";

/**
 * Whether Excel accepts `name` as a table name (Excel's "Rename an Excel table" rules and the
 * OOXML name grammar, ECMA-376 Part 1, 18.17.1 "Names"): it starts with a letter, `_` or `\`; the
 * rest are letters, digits, `_` and `.` (letters include å, ä, ö and other non-ASCII letters); no
 * spaces; at most 255 characters; not `C`, `R`, `TRUE` or `FALSE`; and not readable as a cell
 * reference (`Q1`, `JAN2023`, `R1C1`).
 */
export function isExcelTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^(c|r|true|false)$/i.test(name)) return false;
  return !looksLikeReference(name);
}
