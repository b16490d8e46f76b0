import type { Finding } from "./finding";
import { FINDING_CODES } from "./finding-codes";

const CODE_RANK = new Map(FINDING_CODES.map((code, index) => [code, index]));

/**
 * Orders findings the way an auditor walks a workbook: sheet by sheet in the workbook's order,
 * row by row, cell by cell; findings about no sheet come last. The order is total, so the same
 * workbook always gives the same list.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): readonly Finding[] {
  const sheetRank = new Map(sheetOrder.map((sheet, index) => [sheet, index]));
  const rankOf = (sheet: string) => (sheet === "" ? Number.MAX_SAFE_INTEGER : sheetRank.get(sheet) ?? sheetOrder.length);
  // Keys computed once per finding: sorting a million findings must not look them up again per comparison.
  const keyed = findings.map((item, index) => ({
    item,
    index,
    sheet: rankOf(item.place.sheet),
    row: item.place.row ?? -1,
    col: item.place.col ?? -1,
    code: CODE_RANK.get(item.code)!,
  }));
  // Ties (OVER_CAP of one company in several years) keep the engine's own order, which is the
  // same for the same input.
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.code - b.code || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

