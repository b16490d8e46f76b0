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
  return [...findings].sort(
    (a, b) =>
      rankOf(a.place.sheet) - rankOf(b.place.sheet) ||
      (a.place.row ?? -1) - (b.place.row ?? -1) ||
      (a.place.col ?? -1) - (b.place.col ?? -1) ||
      CODE_RANK.get(a.code)! - CODE_RANK.get(b.code)! ||
      JSON.stringify(a.params).localeCompare(JSON.stringify(b.params)),
  );
}
