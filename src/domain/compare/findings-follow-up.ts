import type { Finding } from "../finding";
import { parameterName } from "../resolve-agreement";
import type { WorkbookContent } from "../workbook-content";
import type { SheetDiff } from "./row-diff";

/** Each earlier finding resolved or still open, and the findings that are new (spec 12). */
export interface FindingsFollowUp {
  /** Previous findings with no match in the current submission. */
  readonly resolved: readonly Finding[];
  /** Current findings that match a previous one. */
  readonly open: readonly Finding[];
  /** Current findings that match none. */
  readonly new: readonly Finding[];
}

/** How one submission's findings are told apart: by sheet, row identity and column, not by cell. */
interface Identities {
  readonly rowKey: Map<string, (row: number, col: number | undefined) => string>;
}

// Labels in a finding's key: each only has to differ from every row key, field name, year and
// `row<n>`/`col<n>` it stands beside, so any other such text keys the findings alike.
// Stryker disable next-line StringLiteral: equivalent, as above.
const WHOLE_ROW = "";
// Stryker disable next-line StringLiteral: equivalent, as above.
const HEADER_ROW = "header";
// Stryker disable next-line StringLiteral: equivalent, as above.
const NO_YEAR = "";

/**
 * Matches findings by code and row key, not by cell (spec 12): a finding on job `A-17` stays the
 * same finding when the row moved from line 9 to line 30. Within a row the column's header tells
 * two findings of one code apart. Findings about no row (the pool cap, the exit clause) match by
 * their agreement year. Matching is a multiset count per key: linear in findings.
 */
export function followUpFindings(previous: readonly Finding[], current: readonly Finding[], previousIds: Identities, currentIds: Identities): FindingsFollowUp {
  const previousKeys = previous.map((item) => findingKey(item, previousIds));
  const waiting = new Map<string, number>();
  for (const key of previousKeys) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  const open: Finding[] = [];
  const fresh: Finding[] = [];
  const matched = new Map<string, number>();
  for (const item of current) {
    const key = findingKey(item, currentIds);
    const left = waiting.get(key) ?? 0;
    if (left > 0) {
      waiting.set(key, left - 1);
      matched.set(key, (matched.get(key) ?? 0) + 1);
      open.push(item);
    } else fresh.push(item);
  }
  const resolved: Finding[] = [];
  previous.forEach((item, index) => {
    const key = previousKeys[index]!;
    const used = matched.get(key) ?? 0;
    if (used > 0) matched.set(key, used - 1);
    else resolved.push(item);
  });
  return { resolved, open, new: fresh };
}

function findingKey(item: Finding, ids: Identities): string {
  const { sheet, row, col } = item.place;
  const where = row === undefined ? `year:${item.params.year ?? NO_YEAR}` : (ids.rowKey.get(sheet)?.(row, col) ?? `${row}:${col ?? WHOLE_ROW}`);
  // A result sheet's or Avtal's row key names its sheet already (by its role, not its name, so a
  // sheet renamed between submissions still matches): such a key needs no sheet name before it.
  // Stryker disable next-line StringLiteral: equivalent, any text that is no sheet's name marks a keyed row alike.
  return `${item.code}\u0001${ids.rowKey.has(sheet) ? "" : sheet}\u0001${where}`;
}

/**
 * A submission's row identities for following findings up: result sheets by the row keys of the
 * comparison, `Avtal` by parameter name, anything else by row and column.
 */
export function findingIdentities(content: WorkbookContent, diffs: readonly SheetDiff[], side: "previous" | "current"): Identities {
  const rowKey = new Map<string, (row: number, col: number | undefined) => string>();
  for (const diff of diffs) {
    const table = side === "previous" ? diff.previousTable : diff.currentTable;
    if (!table) continue;
    const keys = side === "previous" ? diff.previousKeyOf : diff.currentKeyOf;
    const fieldOfCol = new Map<number, string>();
    for (const [field, col] of Object.entries(table.columns)) if (col !== undefined) fieldOfCol.set(col as number, field);
    rowKey.set(table.sheet, (row, col) => {
      // (Without the branch a whole row would be "colundefined" on both sides alike: StrykerJS's
      // `false` here is an equivalent mutant, left counted.)
      const column = col === undefined ? WHOLE_ROW : (fieldOfCol.get(col) ?? `col${col}`);
      const key = keys[row];
      return `${diff.sheet}\u0001${key ?? (row === table.headerRow ? HEADER_ROW : `row${row}`)}\u0001${column}`;
    });
  }
  if (content.agreementSheet) {
    const parameterOfRow = new Map<number, string>();
    for (const entry of content.agreementEntries) if (entry.keyPlace.row !== undefined) parameterOfRow.set(entry.keyPlace.row, parameterName(entry.key));
    rowKey.set(content.agreementSheet, (row, col) => `avtal\u0001${parameterOfRow.get(row) ?? `row${row}`}\u0001${col ?? WHOLE_ROW}`);
  }
  return { rowKey };
}
