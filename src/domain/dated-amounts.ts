import type { AgreementYear } from "./agreement-year";
import { agreementYearOf } from "./agreement-year";
import type { AuditContext } from "./audit-context";
import { type Day, isoDay } from "./day";
import { finding } from "./finding";
import { Money } from "./money";
import { fieldPlace, type SourceTable } from "./records";

/**
 * Sums a sheet of dated amounts (`Investeringar`, `Pro bono`) per agreement year by date
 * (spec 10.14). A date after the report date is `FUTURE_DATE` and the row counts nowhere.
 */
export function sumByYear<T>(
  context: AuditContext,
  table: SourceTable<T> | undefined,
  dateField: keyof T,
  amountField: keyof T,
): ReadonlyMap<AgreementYear, Money> {
  const sums = new Map<AgreementYear, Money>(context.years.map((year) => [year, Money.ZERO]));
  if (!table) return sums;
  for (const row of table.rows) {
    if (row.invalid) continue;
    const date = row.fields[dateField] as Day;
    if (date > context.reportDate) {
      context.findings.push(finding("FUTURE_DATE", fieldPlace(table, row.row, dateField), {
        column: table.headers[dateField], found: isoDay(date), reportDate: isoDay(context.reportDate),
      }));
      continue;
    }
    const year = agreementYearOf(context.years, date);
    if (year) sums.set(year, sums.get(year)!.add(Money.kronor(row.fields[amountField] as number)));
  }
  return sums;
}
