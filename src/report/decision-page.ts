import type { AuditResult } from "../domain/audit";
import { isoDay } from "../domain/day";
import type { ExitCheckpoint, ExitStatus } from "../domain/exit-clause";
import type { FindingCode, Severity } from "../domain/finding-codes";
import { findingTitle } from "../domain/finding-titles";
import { kronorAtStake } from "../domain/kronor-at-stake";
import { Money } from "../domain/money";
import { incentivePool } from "../domain/payout";
import { formatKronor, formatNumber, formatShare, type Language } from "../domain/number-format";
import { sheetCell } from "../workbook/a1";
import { label } from "../workbook/report-labels";

/** The colour a status carries; the words beside it carry the same meaning without colour. */
export type Tone = "good" | "warn" | "bad";

/** One condition of the exit clause (spec section 7, 10.16), named by kind, with its figures. */
export interface ExitConditionLine {
  readonly kind: "jobs" | "residents" | "claims";
  /** Whether the condition makes the checkpoint triggered (or at risk). */
  readonly fails: boolean;
  readonly text: string;
}

/** A checkpoint's status line: "Kontrollpunkt år 1: utlöst — …". */
export interface CheckpointLine {
  readonly checkpointYear: number;
  readonly date: string;
  readonly status: ExitStatus;
  readonly tone: Tone;
  readonly statusWord: string;
  readonly conditions: readonly ExitConditionLine[];
  /** "Kontrollpunkt år 1" */
  readonly heading: string;
  /** The whole line in words: heading, status word, conditions. */
  readonly text: string;
}

/** What to pay for the period to the report date, and why. */
export interface PaymentLines {
  readonly baseSek: number;
  readonly incentiveSek: number;
  readonly totalSek: number;
  readonly headline: string;
  readonly why: readonly string[];
}

/** A matter for the board: one finding code, in words, with a count, kronor at stake and a pointer. */
export interface Matter {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly title: string;
  readonly count: number;
  readonly kronorAtStake: number;
  /** The first cell (`Redovisning!D3`), empty for findings about no sheet. */
  readonly firstCell: string;
  readonly text: string;
}

/**
 * Page one of the board report, the `Sammanställning` sheet and the task pane's result, as plain
 * data (issue 13): status per exit checkpoint, what to pay and why, the three matters most
 * needing attention, and a suggested decision text built only from the figures.
 */
export interface DecisionPage {
  readonly language: Language;
  readonly title: string;
  readonly asOf: string;
  readonly checkpoints: readonly CheckpointLine[];
  /** Said when the agreement has no exit checkpoints. */
  readonly noCheckpoints: string | undefined;
  readonly payment: PaymentLines;
  readonly matters: readonly Matter[];
  readonly noMatters: string | undefined;
  /** Kronor of incentive to hold back until the claims are corrected; 0 when none. */
  readonly holdBackSek: number;
  /** The decision's opening words, then one point per "att …". */
  readonly decisionOpening: string;
  readonly decisionPoints: readonly string[];
  /** The whole suggested decision as one editable text. */
  readonly decision: string;
}

const TONE: Record<ExitStatus, Tone> = { met: "good", "on-track": "good", "at-risk": "warn", triggered: "bad" };

/** Finding codes page one leaves to its own lines: the exit clause has the status lines. */
const NOT_A_MATTER: ReadonlySet<FindingCode> = new Set(["EXIT_CLAUSE_TRIGGERED", "EXIT_CLAUSE_AT_RISK"]);

const W = {
  sv: {
    title: "Beslutsunderlag",
    asOf: (date: string, file: string) => `Granskning per ${date}${file ? ` av ${file}` : ""}`,
    checkpoint: (year: number) => `Kontrollpunkt år ${year}`,
    noCheckpoints: "Avtalet har ingen utträdesklausul.",
    jobsMet: (jobs: string, target: string) => `jobbmålet är nått, ${jobs} av ${target}`,
    jobsAbove: (jobs: string, target: string, threshold: string) => `jobben över tröskeln, ${jobs} av målet ${target} (tröskel ${threshold})`,
    jobsBelow: (jobs: string, threshold: string, target: string) => `för få jobb, ${jobs} av krävda ${threshold} (mål ${target})`,
    projBelow: (projected: string, threshold: string, jobs: string) => `prognosen ger för få jobb, ${projected} av krävda ${threshold} (hittills ${jobs})`,
    projAbove: (projected: string, target: string, threshold: string) => `prognosen ${projected} jobb av målet ${target} (tröskel ${threshold})`,
    residentsLow: (share: string, min: string) => `för låg andel boende i kommunen, ${share} (krävs minst ${min})`,
    residentsOk: (share: string, min: string) => `andelen boende i kommunen ${share} (minst ${min})`,
    residentsNone: "inga jobb ännu, andelen boende okänd",
    claimsDiffer: (years: string) => `redovisningen stämmer inte för ${years}`,
    claimsOk: "ingen avvikelse i redovisningen",
    years: (list: readonly number[]) => (list.length === 1 ? `år ${list[0]}` : `år ${list.slice(0, -1).join(", ")} och ${list[list.length - 1]}`),
    headline: (total: string, from: string, to: string) => `Perioden ${from} – ${to}: ${total}`,
    noYears: "Inga avtalsår (startdatum saknas): inget att betala.",
    base: (base: string, share: string, grant: string) => `Grundersättning ${base}: ${share} av bidraget ${grant} per år, pågående år pro rata till rapportdatum.`,
    incentive: (incentive: string, companies: number, companyFees: string, hires: number, hireFees: string, pool: string) =>
      `Resultatersättning ${incentive}: ${companies} företag (${companyFees}) och ${hires} anställningar (${hireFees}), högst ${pool} per år.`,
    fixedGrant: "Fast bidrag: ingen resultatersättning.",
    capsCut: (companies: number, hires: number, amount: string) => `Årstaken: ${companies} företag och ${hires} anställningar fick ingen ersättning (${amount}).`,
    poolCut: (amount: string) => `Resultatpotten räckte inte: ${amount} i avgifter betalas inte.`,
    nothingCut: "Taken kapade ingenting.",
    matter: (title: string, count: string, stake: string, where: string) => `${title}: ${count} st.${stake}${where} Se bilagan Fynd.`,
    stake: (amount: string) => ` Upp till ${amount} berörs.`,
    where: (cell: string) => ` Första: ${cell}.`,
    noMatters: "Inga fel eller varningar.",
    opening: "Kommunstyrelsen föreslås besluta",
    pay: (amount: string, to: string, base: string, incentive: string) => `att godkänna utbetalning av ${amount} för avtalsperioden till och med ${to} (grundersättning ${base}, resultatersättning ${incentive})`,
    payLess: (amount: string, to: string, total: string) => `att godkänna utbetalning av ${amount} för avtalsperioden till och med ${to}, av ${total} som granskningen beräknar`,
    holdBack: (amount: string, years: string) => `att hålla inne ${amount} i resultatersättning för ${years} tills redovisningen har rättats`,
    exit: (years: string) => `att ta ställning till om avtalet ska sägas upp enligt utträdesklausulen efter ${years}`,
    atRisk: (years: string) => `att uppdra åt förvaltningen att följa upp kontrollpunkten efter ${years}, som enligt prognosen är i riskzonen`,
    fixErrors: (count: string) => `att begära att stiftelsen rättar de ${count} fel som granskningen fann före nästa utbetalning`,
    file: "att lägga granskningen till handlingarna",
  },
  en: {
    title: "Decision brief",
    asOf: (date: string, file: string) => `Audit as of ${date}${file ? ` of ${file}` : ""}`,
    checkpoint: (year: number) => `Checkpoint year ${year}`,
    noCheckpoints: "The agreement has no exit clause.",
    jobsMet: (jobs: string, target: string) => `the jobs target is met, ${jobs} of ${target}`,
    jobsAbove: (jobs: string, target: string, threshold: string) => `jobs above the threshold, ${jobs} of the target ${target} (threshold ${threshold})`,
    jobsBelow: (jobs: string, threshold: string, target: string) => `too few jobs, ${jobs} of the ${threshold} required (target ${target})`,
    projBelow: (projected: string, threshold: string, jobs: string) => `the projection gives too few jobs, ${projected} of the ${threshold} required (${jobs} so far)`,
    projAbove: (projected: string, target: string, threshold: string) => `projected ${projected} jobs of the target ${target} (threshold ${threshold})`,
    residentsLow: (share: string, min: string) => `residents' share too low, ${share} (at least ${min} required)`,
    residentsOk: (share: string, min: string) => `residents' share ${share} (at least ${min})`,
    residentsNone: "no jobs yet, residents' share unknown",
    claimsDiffer: (years: string) => `the claims do not match for ${years}`,
    claimsOk: "no claim differs from the audit",
    years: (list: readonly number[]) => (list.length === 1 ? `year ${list[0]}` : `years ${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`),
    headline: (total: string, from: string, to: string) => `The period ${from} – ${to}: ${total}`,
    noYears: "No agreement years (no start date): nothing to pay.",
    base: (base: string, share: string, grant: string) => `Base ${base}: ${share} of the grant of ${grant} a year, the current year pro rata to the report date.`,
    incentive: (incentive: string, companies: number, companyFees: string, hires: number, hireFees: string, pool: string) =>
      `Incentive ${incentive}: ${companies} companies (${companyFees}) and ${hires} jobs (${hireFees}), at most ${pool} a year.`,
    fixedGrant: "Fixed grant: no incentive.",
    capsCut: (companies: number, hires: number, amount: string) => `Yearly caps: ${companies} companies and ${hires} jobs were not paid (${amount}).`,
    poolCut: (amount: string) => `The incentive pool ran out: ${amount} of fees are not paid.`,
    nothingCut: "The caps cut nothing.",
    matter: (title: string, count: string, stake: string, where: string) => `${title}: ${count}.${stake}${where} See the Findings appendix.`,
    stake: (amount: string) => ` Up to ${amount} at stake.`,
    where: (cell: string) => ` First: ${cell}.`,
    noMatters: "No errors or warnings.",
    opening: "The municipal executive board is proposed to decide",
    pay: (amount: string, to: string, base: string, incentive: string) => `to approve a payment of ${amount} for the agreement period up to ${to} (base ${base}, incentive ${incentive})`,
    payLess: (amount: string, to: string, total: string) => `to approve a payment of ${amount} for the agreement period up to ${to}, of the ${total} the audit computes`,
    holdBack: (amount: string, years: string) => `to hold back ${amount} of incentive for ${years} until the claims are corrected`,
    exit: (years: string) => `to consider ending the agreement under the exit clause after ${years}`,
    atRisk: (years: string) => `to ask the administration to follow up the checkpoint after ${years}, at risk on the projection`,
    fixErrors: (count: string) => `to require the foundation to correct the ${count} errors the audit found before the next payment`,
    file: "to place the audit on file",
  },
} as const;

/** Builds page one from the audit's figures; the same data for every door. */
export function decisionPage(result: AuditResult, file: string, language: Language): DecisionPage {
  const w = W[language];
  const { agreement, total } = result;
  const kr = (value: number) => formatKronor(value, language);
  const claimYears = [...new Set(result.findings.filter((item) => item.code === "CLAIM_MISMATCH").map((item) => Number(item.params.year)))].sort((a, b) => a - b);

  const checkpoints = result.exitClause.map((checkpoint) => checkpointLine(checkpoint, result, claimYears, language));

  const to = isoDay(result.reportDate < total.to ? result.reportDate : total.to);
  const from = isoDay(total.from);
  const payment = paymentLines(result, from, to, language);

  const holdBack = claimYears.reduce((sum, year) => sum.add(result.years[year - 1]?.payout.incentive ?? Money.ZERO), Money.ZERO).shownKronor();
  const matters = mattersOf(result, holdBack, language);

  const points: string[] = [];
  if (result.years.length) {
    points.push(holdBack > 0 ? w.payLess(kr(payment.totalSek - holdBack), to, kr(payment.totalSek)) : w.pay(kr(payment.totalSek), to, kr(payment.baseSek), kr(payment.incentiveSek)));
  }
  if (holdBack > 0) points.push(w.holdBack(kr(holdBack), w.years(claimYears)));
  const triggered = result.exitClause.filter((checkpoint) => checkpoint.status === "triggered").map((checkpoint) => checkpoint.checkpointYear);
  if (triggered.length) points.push(w.exit(w.years(triggered)));
  const atRisk = result.exitClause.filter((checkpoint) => checkpoint.status === "at-risk").map((checkpoint) => checkpoint.checkpointYear);
  if (atRisk.length) points.push(w.atRisk(w.years(atRisk)));
  if (result.summary.errors > 0) points.push(w.fixErrors(formatNumber(result.summary.errors, language)));
  if (points.length <= 1 && result.summary.errors === 0) points.push(w.file);
  const decision = `${w.opening}\n${points.map((point, index) => `${point}${index === points.length - 1 ? "." : ","}`).join("\n")}`;

  return {
    language,
    title: `${w.title}: ${agreement.municipality} (${agreement.municipalityCode})`,
    asOf: w.asOf(isoDay(result.reportDate), file),
    checkpoints,
    noCheckpoints: checkpoints.length ? undefined : w.noCheckpoints,
    payment,
    matters,
    noMatters: matters.length ? undefined : w.noMatters,
    holdBackSek: holdBack,
    decisionOpening: w.opening,
    decisionPoints: points,
    decision,
  };
}

function checkpointLine(checkpoint: ExitCheckpoint, result: AuditResult, claimYears: readonly number[], language: Language): CheckpointLine {
  const w = W[language];
  const n = (value: number) => formatNumber(Math.round(value * 10) / 10, language);
  const pct = (value: number | null) => formatShare(value, language);
  const reasons = new Set(checkpoint.reasons.map((reason) => reason.code));
  const target = checkpoint.targetCumulative.toNumber();
  const threshold = result.agreement.exitMinJobsShare * target;
  const projected = checkpoint.projectedJobs;
  const jobsFail = reasons.has("JOBS_BELOW_THRESHOLD");
  const jobs: ExitConditionLine = {
    kind: "jobs",
    fails: jobsFail,
    text: projected === null
      ? jobsFail ? w.jobsBelow(n(checkpoint.jobsCumulative), n(threshold), n(target)) : checkpoint.jobsCumulative >= target ? w.jobsMet(n(checkpoint.jobsCumulative), n(target)) : w.jobsAbove(n(checkpoint.jobsCumulative), n(target), n(threshold))
      : jobsFail ? w.projBelow(n(projected), n(threshold), n(checkpoint.jobsCumulative)) : w.projAbove(n(projected), n(target), n(threshold)),
  };
  const residentsFail = reasons.has("RESIDENT_SHARE_BELOW_THRESHOLD");
  const residents: ExitConditionLine = {
    kind: "residents",
    fails: residentsFail,
    text: checkpoint.residentShare === null ? w.residentsNone
      : residentsFail ? w.residentsLow(pct(checkpoint.residentShare), pct(result.agreement.exitMinResidentShare)) : w.residentsOk(pct(checkpoint.residentShare), pct(result.agreement.exitMinResidentShare)),
  };
  const claimsFail = reasons.has("CLAIMS_DO_NOT_MATCH");
  const years = claimYears.filter((year) => year <= checkpoint.checkpointYear);
  const claims: ExitConditionLine = { kind: "claims", fails: claimsFail, text: claimsFail && years.length ? w.claimsDiffer(w.years(years)) : w.claimsOk };
  // The conditions that decide the status come first.
  const conditions = [jobs, residents, claims].sort((a, b) => Number(b.fails) - Number(a.fails));
  const statusWord = label(checkpoint.status, language);
  return {
    checkpointYear: checkpoint.checkpointYear,
    date: isoDay(checkpoint.date),
    status: checkpoint.status,
    tone: TONE[checkpoint.status],
    statusWord,
    conditions,
    heading: w.checkpoint(checkpoint.checkpointYear),
    text: `${w.checkpoint(checkpoint.checkpointYear)}: ${statusWord} — ${conditions.map((condition) => condition.text).join("; ")}`,
  };
}

function paymentLines(result: AuditResult, from: string, to: string, language: Language): PaymentLines {
  const w = W[language];
  const kr = (value: number) => formatKronor(value, language);
  const { agreement, total, capsCut } = result;
  const payout = total.payout;
  const amounts = { baseSek: payout.base.shownKronor(), incentiveSek: payout.incentive.shownKronor(), totalSek: payout.total.shownKronor() };
  if (result.years.length === 0) return { ...amounts, headline: w.noYears, why: [] };
  const why = [w.base(kr(amounts.baseSek), formatShare(1 - agreement.incentiveShare, language), kr(agreement.annualGrantSek))];
  if (agreement.incentiveShare === 0) why.push(w.fixedGrant);
  else {
    const pool = incentivePool(agreement).shownKronor();
    why.push(w.incentive(kr(amounts.incentiveSek), total.companiesPaid, kr(payout.company.shownKronor()), total.hiresPaid, kr(payout.hire.shownKronor()), kr(pool)));
  }
  const yearlyCut = capsCut.yearlyCaps.shownKronor();
  const poolCut = capsCut.pool.shownKronor();
  if (capsCut.companiesOverCap + capsCut.hiresOverCap > 0) why.push(w.capsCut(capsCut.companiesOverCap, capsCut.hiresOverCap, kr(yearlyCut)));
  if (poolCut > 0) why.push(w.poolCut(kr(poolCut)));
  if (capsCut.companiesOverCap + capsCut.hiresOverCap === 0 && poolCut === 0 && agreement.incentiveShare > 0) why.push(w.nothingCut);
  return { ...amounts, headline: w.headline(kr(amounts.totalSek), from, to), why };
}

/**
 * The three matters most needing the board's attention (issue 13): errors first, then warnings,
 * each ranked by kronor at stake (for claims that differ: the incentive held back), then by count. Infos and the exit clause's own findings are left out.
 */
function mattersOf(result: AuditResult, claimsStake: number, language: Language): readonly Matter[] {
  const w = W[language];
  const byCode = new Map<FindingCode, { severity: Severity; count: number; stake: number; firstCell: string }>();
  for (const item of result.findings) {
    if (item.severity === "info" || NOT_A_MATTER.has(item.code)) continue;
    const entry = byCode.get(item.code) ?? { severity: item.severity, count: 0, stake: 0, firstCell: sheetCell(item.place) };
    entry.count += 1;
    entry.stake += kronorAtStake(item, result.agreement);
    if (!entry.firstCell) entry.firstCell = sheetCell(item.place);
    byCode.set(item.code, entry);
  }
  // Claims that differ put the incentive of their years on hold (the decision's hold-back).
  const claims = byCode.get("CLAIM_MISMATCH");
  if (claims) claims.stake = Math.max(claims.stake, claimsStake);
  const rank = (severity: Severity) => (severity === "error" ? 0 : 1);
  return [...byCode.entries()]
    .sort(([, a], [, b]) => rank(a.severity) - rank(b.severity) || b.stake - a.stake || b.count - a.count)
    .slice(0, 3)
    .map(([code, entry]) => {
      const title = findingTitle(code, language);
      return {
        code,
        severity: entry.severity,
        title,
        count: entry.count,
        kronorAtStake: entry.stake,
        firstCell: entry.firstCell,
        text: w.matter(title, formatNumber(entry.count, language), entry.stake > 0 ? w.stake(formatKronor(entry.stake, language)) : "", entry.firstCell ? w.where(entry.firstCell) : ""),
      };
    });
}
