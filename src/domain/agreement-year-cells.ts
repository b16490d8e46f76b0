import type { AuditContext } from "./audit-context";
import { finding } from "./finding";
import { fieldPlace, type SourceRow, type SourceTable } from "./records";

/**
 * The rows of a per-year sheet (`Kostnader`, `Redovisning`) whose `Avtalsår` lies in 1..years;
 * any other year is `NUMBER_INVALID` and the row counts nowhere (spec 10.14).
 */
export function rowsWithAgreementYear<T extends { agreementYear: number }>(
  context: AuditContext,
  table: SourceTable<T> | undefined,
): readonly SourceRow<T>[] {
  if (!table) return [];
  const years = context.agreement.years;
  return table.rows.filter((row) => {
    if (row.invalid) return false;
    const year = row.fields.agreementYear!;
    if (Number.isInteger(year) && year >= 1 && year <= years) return true;
    context.findings.push(finding("NUMBER_INVALID", fieldPlace(table, row.row, "agreementYear"), {
      column: table.headers.agreementYear, found: String(year), problem: "yearRange", max: years,
    }));
    return false;
  });
}
