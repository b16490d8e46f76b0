import { finding, type Finding } from "./finding";
import type { FindingCode } from "./finding-codes";
import { fieldPlace, type SourceRow, type SourceTable } from "./records";

/**
 * Flags each later row whose key was seen on an earlier row (`HIRE_ID_DUPLICATE`,
 * `COMPANY_DUPLICATE`: "on each later row", spec section 8) and returns those rows.
 */
export function flagDuplicates<T>(
  table: SourceTable<T>,
  field: keyof T,
  code: FindingCode,
  findings: Finding[],
): ReadonlySet<SourceRow<T>> {
  const firstRow = new Map<unknown, number>();
  const duplicates = new Set<SourceRow<T>>();
  for (const row of table.rows) {
    const key = row.fields[field];
    if (key === undefined) continue;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.row);
    } else {
      findings.push(finding(code, fieldPlace(table, row.row, field), { found: String(key), firstRow: first + 1 }));
      duplicates.add(row);
    }
  }
  return duplicates;
}
