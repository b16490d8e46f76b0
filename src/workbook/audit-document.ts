import { type Agreement, yearlyTargets } from "../domain/agreement";
import type { AuditResult } from "../domain/audit";
import { AGREEMENT_PARAMETERS } from "../domain/agreement-parameters";
import { type Day, isoDay } from "../domain/day";
import type { ParameterUse } from "../domain/parameters-used";
import { costPerJobSek, costPerResidentJobSek, retentionShare, SHARE_DIMENSIONS, shareOf } from "../domain/derived-figures";
import type { ExitCheckpoint } from "../domain/exit-clause";
import type { Figures, Retention } from "../domain/figures";
import type { Finding } from "../domain/finding";
import { messageOf } from "../domain/messages";
import { type ModelFigures, type ModelPricing, modelCostPerJobSek, modelCostPerResidentJobSek } from "../domain/models/model-pricing";
import type { Language } from "../domain/number-format";
import type { SampleEvaluation } from "../domain/sample/evaluate-sample";
import { shownText, shownValues } from "../domain/shown-text";
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
 * Every string in it, the file name and the workbook's own values included, is shown through
 * `shownText` (issue 10: a personnummer in `Avtal` or a sheet name is masked here too).
 */
export function auditDocument(result: AuditResult, source: DocumentSource, language: Language) {
  return shownValues(documentFields(result, source, language, result.findings.map((item) => findingJson(item, language))));
}

/**
 * The text of `JSON.stringify(auditDocument(result, source, language), null, 2)`, in pieces, made
 * straight from the result: the findings (163,000 in a 100,000-job audit) are written one by one
 * and never stand as a second, document-shaped copy (issue 8: `audit --json` fast and under 300 MB).
 * Every string passes `shownText`, as in `auditDocument`.
 */
export function* auditDocumentPieces(result: AuditResult, source: DocumentSource, language: Language): Generator<string> {
  const head = shownValues(documentFields(result, source, language, []));
  const entries = Object.entries(head).filter(([, value]) => value !== undefined);
  yield "{";
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    yield `${i ? "," : ""}\n  ${JSON.stringify(key)}: `;
    if (key === "findings") yield* findingsPieces(result.findings, language);
    else yield JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
  }
  yield "\n}";
}

/** The findings array as `JSON.stringify` writes it at depth 1, one finding a piece. */
function* findingsPieces(findings: readonly Finding[], language: Language): Generator<string> {
  if (findings.length === 0) return yield "[]";
  // Codes, severities and sheet names repeat: each is shown and quoted once.
  const quoted = new Map<string, string>();
  const q = (text: string) => {
    let json = quoted.get(text);
    if (json === undefined) quoted.set(text, (json = JSON.stringify(shownText(text))));
    return json;
  };
  const pad = "\n      ";
  for (let i = 0; i < findings.length; i++) {
    const item = findings[i]!;
    const sv = JSON.stringify(shownText(messageOf(item, "sv")));
    const en = JSON.stringify(shownText(messageOf(item, "en")));
    // The fields and their order are `findingJson`'s.
    yield `${i ? "," : "["}\n    {${pad}"code": ${q(item.code)},${pad}"severity": ${q(item.severity)},${pad}"sheet": ${q(item.place.sheet)},${pad}"cell": ${JSON.stringify(shownText(cellOf(item.place)))},` +
      `${pad}"message": ${language === "sv" ? sv : en},${pad}"messages": {${pad}  "sv": ${sv},${pad}  "en": ${en}${pad}}\n    }`;
  }
  yield "\n  ]";
}

function documentFields(result: AuditResult, source: DocumentSource, language: Language, findings: readonly unknown[]) {
  return {
    schemaVersion: 1,
    tool: source.tool,
    input: source.input,
    reportDate: isoDay(result.reportDate),
    agreement: agreementJson(result.agreement),
    // Spec 10.31: every parameter's value in use and where it came from.
    preset: result.preset,
    parameters: result.parameters.map(parameterJson),
    summary: result.summary,
    findings,
    years: result.years.map(figuresJson),
    total: figuresJson(result.total),
    exitClause: result.exitClause.map(checkpointJson),
    // Spec section 11: present when the workbook holds a `Stickprov` sheet.
    ...(result.sample ? { sample: sampleJson(result.sample, language) } : {}),
    models: result.models.map(modelJson),
  };
}

/** The `sample` object of spec section 11 (amounts in whole kronor, rates as fractions or `null`). */
export function sampleJson(sample: SampleEvaluation, language: Language) {
  return {
    method: sample.method,
    seed: sample.seed,
    confidence: sample.confidence,
    tolerable: sample.tolerable,
    years: sample.years,
    populationItems: sample.populationItems,
    populationSek: sample.populationAmount.shownKronor(),
    n: sample.n,
    checked: sample.checked,
    unchecked: sample.unchecked,
    deviations: sample.deviations,
    deviationRate: sample.deviationRate,
    upperDeviationRate: sample.upperDeviationRate,
    projectedMisstatementSek: sample.projectedMisstatement?.shownKronor() ?? null,
    upperMisstatementSek: sample.upperMisstatement?.shownKronor() ?? null,
    conclusion: sample.conclusion,
    message: messageOf(sample.conclusionFinding, language),
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

function parameterJson(use: ParameterUse) {
  const kind = AGREEMENT_PARAMETERS[use.key].kind;
  const value = use.value === undefined ? null : kind === "date" ? isoDay(use.value as Day) : use.value;
  return { key: use.key, value, source: use.source, sheet: use.place?.sheet ?? "", cell: use.place ? cellOf(use.place) : "" };
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
    // Spec 10.29: null when the sheet is present but unusable.
    investmentsSek: figures.investments?.shownKronor() ?? null,
    proBonoSek: figures.proBono?.shownKronor() ?? null,
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
