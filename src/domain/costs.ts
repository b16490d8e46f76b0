import { rowsWithAgreementYear } from "./agreement-year-cells";
import type { AuditContext } from "./audit-context";
import { finding } from "./finding";
import { Money, sumMoney } from "./money";
import { type Cost, fieldPlace, type SourceRow, type SourceTable } from "./records";

/**
 * The foundation's budget (spec section 7): each year's budget lines must add up to the grant
 * (`BUDGET_MISMATCH` on that year's first Budget cell, spec 10.14), and no line's actual may
 * exceed its budget (`COST_OVER_BUDGET` on the actual).
 */
export function checkCosts(context: AuditContext, table: SourceTable<Cost> | undefined): void {
  if (!table) return;
  const byYear = new Map<number, SourceRow<Cost>[]>();
  for (const row of rowsWithAgreementYear(context, table)) {
    const year = row.fields.agreementYear!;
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
    const { actualSek, budgetSek } = row.fields;
    if (actualSek !== undefined && budgetSek !== undefined && actualSek > budgetSek) {
      context.findings.push(finding("COST_OVER_BUDGET", fieldPlace(table, row.row, "actualSek"), {
        year, category: row.fields.category ?? "", found: actualSek, expected: budgetSek,
      }));
    }
  }
  const grant = Money.kronor(context.agreement.annualGrantSek);
  // In the sheet's order: the audit orders its findings by place in the end (sortFindings).
  for (const [year, rows] of byYear) {
    const budget = sumMoney(rows.map((row) => Money.kronor(row.fields.budgetSek!)));
    if (budget.greaterThan(grant) || grant.greaterThan(budget)) {
      context.findings.push(finding("BUDGET_MISMATCH", fieldPlace(table, rows[0]!.row, "budgetSek"), {
        year, found: budget.shownKronor(), expected: grant.shownKronor(),
      }));
    }
  }
}
