import { type Agreement, yearlyTargets } from "../domain/agreement";
import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import { costPerJobSek, costPerResidentJobSek, retentionShare, SHARE_DIMENSIONS, shareOf } from "../domain/derived-figures";
import type { ExitCheckpoint } from "../domain/exit-clause";
import type { Figures, Retention } from "../domain/figures";
import type { Finding } from "../domain/finding";
import { messageOf } from "../domain/messages";
import { type ModelFigures, type ModelPricing, modelCostPerJobSek, modelCostPerResidentJobSek } from "../domain/models/model-pricing";
import type { Language } from "../domain/number-format";
import { cellOf } from "./a1";

/** The tool and the input, for the document's header. */
export interface DocumentSource {
  readonly tool: { readonly name: string; readonly version: string };
  readonly input: { readonly file: string; readonly sha256: string };
}

/**
 * The machine-readable result of spec section 9, with its exact field names. Amounts are whole
 * kronor, shares fractions in [0, 1] or `null`, dates `YYYY-MM-DD`. Fields beyond the spec's are
 * additions (the spec allows them): `messages` in both languages, over-cap counts, projections.
 */
export function auditDocument(result: AuditResult, source: DocumentSource, language: Language) {
  return {
    schemaVersion: 1,
    tool: source.tool,
    input: source.input,
    reportDate: isoDay(result.reportDate),
    agreement: agreementJson(result.agreement),
    summary: result.summary,
    findings: result.findings.map((item) => findingJson(item, language)),
    years: result.years.map(figuresJson),
    total: figuresJson(result.total),
    exitClause: result.exitClause.map(checkpointJson),
    models: result.models.map(modelJson),
  };
}

/** A payment model's prices (spec section 13): its payment terms, per year and in total. */
export function modelJson(model: ModelPricing) {
  return { model: model.model, terms: { ...model.terms }, years: model.years.map(modelFiguresJson), total: modelFiguresJson(model.total) };
}

function modelFiguresJson(figures: ModelFigures) {
  return {
    year: figures.year,
    baseSek: figures.base.shownKronor(),
    companySek: figures.companyFees.shownKronor(),
    hireSek: figures.hireFees.shownKronor(),
    incentiveSek: figures.incentive.shownKronor(),
    totalSek: figures.total.shownKronor(),
    jobs: figures.jobs,
    residentJobs: figures.residentJobs,
    costPerJobSek: modelCostPerJobSek(figures),
    costPerResidentJobSek: modelCostPerResidentJobSek(figures),
  };
}

export function findingJson(item: Finding, language: Language) {
  const messages = { sv: messageOf(item, "sv"), en: messageOf(item, "en") };
  return { code: item.code, severity: item.severity, sheet: item.place.sheet, cell: cellOf(item.place), message: messages[language], messages };
}

function agreementJson(agreement: Agreement) {
  return {
    ...agreement,
    startDate: agreement.startDate === undefined ? null : isoDay(agreement.startDate),
    reportDate: agreement.reportDate === undefined ? null : isoDay(agreement.reportDate),
    jobsTargetPerYear: yearlyTargets(agreement).map((target) => target.toNumber()),
  };
}

function retentionJson(retention: Retention) {
  return { ...retention, share: retentionShare(retention).value };
}

export function figuresJson(figures: Figures) {
  const shares = Object.fromEntries(SHARE_DIMENSIONS.map((dimension) => [dimension, shareOf(figures, dimension).value]));
  return {
    year: figures.year,
    from: isoDay(figures.from),
    to: isoDay(figures.to),
    status: figures.status,
    target: figures.target.toNumber(),
    jobs: figures.jobs,
    pendingJobs: figures.pendingJobs,
    residentJobs: figures.residentJobs,
    women: figures.women,
    men: figures.men,
    otherGender: figures.otherGender,
    focusGroup: figures.focusGroup,
    longTermUnemployed: figures.longTermUnemployed,
    wageSubsidy: figures.wageSubsidy,
    shares,
    retention6m: retentionJson(figures.retention6m),
    retention12m: retentionJson(figures.retention12m),
    companiesSupported: figures.companiesSupported,
    companiesEligible: figures.companiesEligible,
    companiesPaid: figures.companiesPaid,
    companiesOverCap: figures.companiesOverCap,
    hiresEligible: figures.hiresEligible,
    hiresPaid: figures.hiresPaid,
    hiresOverCap: figures.hiresOverCap,
    payout: {
      baseSek: figures.payout.base.shownKronor(),
      companySek: figures.payout.company.shownKronor(),
      hireSek: figures.payout.hire.shownKronor(),
      incentiveSek: figures.payout.incentive.shownKronor(),
      totalSek: figures.payout.total.shownKronor(),
    },
    costPerResidentJobSek: costPerResidentJobSek(figures),
    costPerJobSek: costPerJobSek(figures),
    investmentsSek: figures.investments.shownKronor(),
    proBonoSek: figures.proBono.shownKronor(),
  };
}

function checkpointJson(checkpoint: ExitCheckpoint) {
  return {
    checkpointYear: checkpoint.checkpointYear,
    date: isoDay(checkpoint.date),
    status: checkpoint.status,
    jobsCumulative: checkpoint.jobsCumulative,
    targetCumulative: checkpoint.targetCumulative.toNumber(),
    projectedJobs: checkpoint.projectedJobs,
    residentJobs: checkpoint.residentJobs,
    residentShare: checkpoint.residentShare,
    reasons: checkpoint.reasons.map((reason) => ({ ...reason })),
  };
}
