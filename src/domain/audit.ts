import type { Agreement } from "./agreement";
import { yearlyTargets } from "./agreement";
import { agreementYears } from "./agreement-year";
import type { AuditContext } from "./audit-context";
import { checkClaims } from "./claims";
import { checkCommitments } from "./commitments";
import { supportedIn } from "./company-fees";
import { knownCompanies, listCompanies } from "./company-register";
import { checkCosts } from "./costs";
import { sumByYear } from "./dated-amounts";
import type { Day } from "./day";
import { evaluateExitClause, type ExitCheckpoint } from "./exit-clause";
import type { Figures } from "./figures";
import { finding, type Finding, NOWHERE } from "./finding";
import { type Job, registerJobs } from "./job-register";
import { Money } from "./money";
import { priceModels } from "./models/price-models";
import { type CapsCut, capsCut } from "./models/caps-cut";
import type { ModelPricing } from "./models/model-pricing";
import { type FeePlaces, type PricedYear, priceYear } from "./price-year";
import { type ParameterUse, parametersUsed } from "./parameters-used";
import type { PresetName } from "./presets";
import { resolveAgreement } from "./resolve-agreement";
import { evaluateSample, type SampleEvaluation } from "./sample/evaluate-sample";
import type { PaidItem } from "./sample/paid-item";
import { sortFindings } from "./sort-findings";
import { totalFigures } from "./total-figures";
import type { WorkbookContent } from "./workbook-content";
import { yearCandidates } from "./year-candidates";
import { countJobs, yearFigures } from "./year-figures";

export interface AuditOptions {
  readonly preset: PresetName;
  /** The CLI's `--report-date`: wins over the `Avtal` value (spec 10.1). */
  readonly reportDate?: Day;
  /** Used when no report date is given anywhere. */
  readonly today: Day;
}

/** Everything the audit decided: the agreement, the figures per year and in total, the exit clause, the findings. */
export interface AuditResult {
  readonly agreement: Agreement;
  readonly reportDate: Day;
  readonly years: readonly Figures[];
  readonly total: Figures;
  readonly exitClause: readonly ExitCheckpoint[];
  readonly findings: readonly Finding[];
  /** Every paid hire fee and company fee with its amount: the population an audit sample draws from (spec section 11). */
  readonly paidItems: readonly PaidItem[];
  /** The evaluation of the workbook's `Stickprov` sheet, when it holds one. */
  readonly sample?: SampleEvaluation;
  /** The preset the agreement started from, and every parameter in use with its source (spec 10.31). */
  readonly preset: PresetName;
  readonly parameters: readonly ParameterUse[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** The same results priced under each payment model (spec section 13): the workbook's own first. */
  readonly models: readonly ModelPricing[];
  /** What the yearly caps and the incentive pool kept from the foundation, in kronor. */
  readonly capsCut: CapsCut;
}

/**
 * Audits a results workbook against the agreement: the one engine behind every door (cell
 * formula, task pane, CLI). Never throws on what a workbook holds; a bad cell is a finding.
 */
export function audit(content: WorkbookContent, options: AuditOptions): AuditResult {
  const resolved = resolveAgreement(options.preset, content.agreementEntries, content.agreementSheet);
  const agreement = resolved.agreement;
  const reportDate = options.reportDate ?? agreement.reportDate ?? options.today;
  const reportDateSource = options.reportDate !== undefined ? "option" : agreement.reportDate !== undefined ? "Avtal" : "today";
  const parameters = parametersUsed(agreement, resolved.fromAvtal, { value: reportDate, source: reportDateSource });
  const years = agreementYears(agreement, reportDate);
  const context: AuditContext = { agreement, reportDate, years, findings: [...content.findings, ...resolved.findings] };

  const companies = listCompanies(context, content.companies);
  const jobs = registerJobs(context, content.hires, companies, knownCompanies(content.companies));
  const investments = sumByYear(context, content.investments, "date", "amountSek");
  const proBono = sumByYear(context, content.proBono, "date", "valueSek");
  const targets = yearlyTargets(agreement);
  const unknownInvestments = content.unusableSheets.includes("investments");
  const unknownProBono = content.unusableSheets.includes("proBono");

  const jobsByYear = new Map<number, Job[]>(years.map((year) => [year.year, []]));
  for (const job of jobs) if (job.year) jobsByYear.get(job.year.year)!.push(job);
  // Without the sheet there is nothing on it to place: its name then is never read.
  const places: FeePlaces = {
    // Stryker disable next-line StringLiteral: equivalent, as said above.
    companySheet: content.companies?.sheet ?? "",
    orgnrCol: content.companies?.columns.orgnr,
    // Stryker disable next-line StringLiteral: equivalent, as said above.
    hireSheet: content.hires?.sheet ?? "",
    hireIdCol: content.hires?.columns.hireId,
  };
  const paidItems: PaidItem[] = [];
  const companyList = [...companies.values()];
  const supportedByYear = years.map((year) => companyList.filter((company) => supportedIn(company, year)));
  // Each year's fee candidates in the fees' order, once: every pricing of the year shares them.
  const candidates = years.map((year, index) => yearCandidates(year, supportedByYear[index]!, jobsByYear.get(year.year)!));
  const pricedYears: PricedYear[] = [];
  const figures = years.map((year, index) => {
    const yearJobs = jobsByYear.get(year.year)!;
    const supported = supportedByYear[index]!;
    const priced = priceYear(agreement, year, reportDate, candidates[index]!, places, context.findings);
    pricedYears.push(priced);
    const { companies: companyPaid, hires: hirePaid, payout: yearPayout } = priced;
    // The paid items, each with its fee: the population an audit sample draws from (spec section 11).
    for (const { candidate, fee } of companyPaid.paidFees) {
      paidItems.push({ kind: "company", sheet: places.companySheet, row: candidate.row, id: candidate.company.orgnr, year: year.year, amount: fee });
    }
    for (const { candidate, fee } of hirePaid.paidFees) {
      paidItems.push({ kind: "hire", sheet: places.hireSheet, row: candidate.row, id: candidate.hire.hireId, year: year.year, amount: fee });
    }
    if (yearPayout.company.add(yearPayout.hire).greaterThan(yearPayout.pool)) {
      context.findings.push(finding("POOL_CAP_REACHED", NOWHERE, {
        year: year.year, found: yearPayout.company.add(yearPayout.hire).shownKronor(), expected: yearPayout.pool.shownKronor(),
      }));
    }
    return yearFigures(year, targets[index]!, countJobs(yearJobs, reportDate), {
      companiesSupported: supported.length,
      companiesEligible: supported.filter((company) => company.eligible).length,
      companiesPaid: companyPaid.paid,
      companiesOverCap: companyPaid.overCap,
      hiresEligible: hirePaid.eligible,
      hiresPaid: hirePaid.paid,
      hiresOverCap: hirePaid.overCap,
      payout: yearPayout,
      investments: unknownInvestments ? null : investments.get(year) ?? Money.ZERO,
      proBono: unknownProBono ? null : proBono.get(year) ?? Money.ZERO,
    });
  });

  checkCommitments(context, unknownInvestments ? undefined : investments, unknownProBono ? undefined : proBono);
  checkCosts(context, content.costs);
  const mismatched = checkClaims(context, content.claims, figures);
  const exitClause = evaluateExitClause(context, figures, mismatched);
  const distinctSupported = companyList.filter((company) => years.some((year) => supportedIn(company, year))).length;
  const total = totalFigures(figures, years, distinctSupported, reportDate);
  const sample = content.sample ? evaluateSample(content.sample, paidItems, context.findings) : undefined;

  const audited = { agreement, reportDate, years, candidates, figures, total, places, priced: pricedYears };
  const models = priceModels(audited);

  const findings = sortFindings(context.findings, content.sheetOrder);
  return {
    agreement,
    reportDate,
    years: figures,
    total,
    exitClause,
    findings,
    paidItems,
    ...(sample ? { sample } : {}),
    preset: options.preset,
    parameters,
    summary: {
      errors: findings.filter((item) => item.severity === "error").length,
      warnings: findings.filter((item) => item.severity === "warning").length,
      infos: findings.filter((item) => item.severity === "info").length,
    },
    models,
    capsCut: capsCut(audited),
  };
}
