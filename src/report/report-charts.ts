import type { AuditResult } from "../domain/audit";
import { shareOf } from "../domain/derived-figures";
import { formatKronor, formatShare, formatTarget, type Language } from "../domain/number-format";
import { barChart, lineChart } from "./svg-chart";

const COLOURS = { target: "#8a8886", jobs: "#0f6cbd", threshold: "#c50f1f", women: "#8764b8", men: "#0f6cbd", other: "#8a8886", residents: "#107c10", focus: "#ca5010", base: "#8a8886", incentive: "#0f6cbd" };

const T = {
  sv: {
    year: "Avtalsår", jobs: "Jobb", share: "Andel", kronor: "Kronor", target: "Mål", counted: "Räknade jobb", cumTarget: "Mål ackumulerat", cumJobs: "Jobb ackumulerat",
    threshold: "Tröskel vid kontrollpunkt", women: "Kvinnor", men: "Män", other: "Annat/okänt", residents: "Boende i kommunen", focus: "Födda utanför Europa", base: "Grundersättning", incentive: "Resultatersättning",
    jobsTitle: "Jobb per avtalsår mot mål", cumTitle: "Jobb ackumulerat mot mål, med utträdesklausulens tröskel", genderTitle: "Könsfördelning per avtalsår", sharesTitle: "Andel boende och födda utanför Europa", payoutTitle: "Utbetalning per avtalsår",
  },
  en: {
    year: "Agreement year", jobs: "Jobs", share: "Share", kronor: "SEK", target: "Target", counted: "Counted jobs", cumTarget: "Cumulative target", cumJobs: "Cumulative jobs",
    threshold: "Threshold at checkpoint", women: "Women", men: "Men", other: "Other/unknown", residents: "Residents", focus: "Born outside Europe", base: "Base payment", incentive: "Incentive",
    jobsTitle: "Jobs per agreement year against target", cumTitle: "Cumulative jobs against target, with the exit-clause threshold", genderTitle: "Gender per agreement year", sharesTitle: "Residents' and focus group's shares", payoutTitle: "Payout per agreement year",
  },
} as const;

/** The board report's five charts, as SVG strings with text alternatives. */
export function reportCharts(result: AuditResult, language: Language): { title: string; svg: string }[] {
  const t = T[language];
  const years = result.years;
  if (years.length === 0) return [];
  const categories = years.map((year) => String(year.year));
  const count = (value: number) => formatTarget(value, language);
  const percent = (value: number) => formatShare(value, language);
  const kronor = (value: number) => formatKronor(value, language);
  const list = (values: readonly (number | null)[], format: (value: number) => string) =>
    values.map((value, index) => `${t.year} ${categories[index]}: ${value === null ? "–" : format(value)}`).join("; ");

  const targets = years.map((year) => year.target.toNumber());
  const jobs = years.map((year) => year.jobs);
  let sumTarget = 0;
  let sumJobs = 0;
  const cumTargets = targets.map((value) => (sumTarget += value));
  const cumJobs = jobs.map((value) => (sumJobs += value));
  const thresholds = years.map((year) => {
    const checkpoint = result.exitClause.find((candidate) => candidate.checkpointYear === year.year);
    return checkpoint ? result.agreement.exitMinJobsShare * checkpoint.targetCumulative.toNumber() : null;
  });
  const residents = years.map((year) => shareOf(year, "residents").value);
  const focus = years.map((year) => shareOf(year, "focusGroup").value);

  const charts = [
    barChart({ id: "chart-jobs", title: t.jobsTitle, xLabel: t.year, yLabel: t.jobs, format: count, description: `${t.target}: ${list(targets, count)}. ${t.counted}: ${list(jobs, count)}.` }, categories, [
      { name: t.target, values: targets, colour: COLOURS.target },
      { name: t.counted, values: jobs, colour: COLOURS.jobs },
    ]),
    lineChart({ id: "chart-cumulative", title: t.cumTitle, xLabel: t.year, yLabel: t.jobs, format: count, description: `${t.cumTarget}: ${list(cumTargets, count)}. ${t.cumJobs}: ${list(cumJobs, count)}. ${t.threshold}: ${list(thresholds, count)}.` }, categories, [
      { name: t.cumTarget, values: cumTargets, colour: COLOURS.target },
      { name: t.cumJobs, values: cumJobs, colour: COLOURS.jobs },
    ], [{ name: t.threshold, values: thresholds, colour: COLOURS.threshold }]),
    barChart({ id: "chart-gender", title: t.genderTitle, xLabel: t.year, yLabel: t.jobs, format: count, description: `${t.women}: ${list(years.map((y) => y.women), count)}. ${t.men}: ${list(years.map((y) => y.men), count)}. ${t.other}: ${list(years.map((y) => y.otherGender), count)}.` }, categories, [
      { name: t.women, values: years.map((year) => year.women), colour: COLOURS.women },
      { name: t.men, values: years.map((year) => year.men), colour: COLOURS.men },
      { name: t.other, values: years.map((year) => year.otherGender), colour: COLOURS.other },
    ], true),
    barChart({ id: "chart-shares", title: t.sharesTitle, xLabel: t.year, yLabel: t.share, format: percent, description: `${t.residents}: ${list(residents, percent)}. ${t.focus}: ${list(focus, percent)}.` }, categories, [
      { name: t.residents, values: residents, colour: COLOURS.residents },
      { name: t.focus, values: focus, colour: COLOURS.focus },
    ]),
    barChart({ id: "chart-payout", title: t.payoutTitle, xLabel: t.year, yLabel: t.kronor, format: kronor, description: `${t.base}: ${list(years.map((y) => y.payout.base.shownKronor()), kronor)}. ${t.incentive}: ${list(years.map((y) => y.payout.incentive.shownKronor()), kronor)}.` }, categories, [
      { name: t.base, values: years.map((year) => year.payout.base.shownKronor()), colour: COLOURS.base },
      { name: t.incentive, values: years.map((year) => year.payout.incentive.shownKronor()), colour: COLOURS.incentive },
    ], true),
  ];
  const titles = [t.jobsTitle, t.cumTitle, t.genderTitle, t.sharesTitle, t.payoutTitle];
  return charts.map((svg, index) => ({ title: titles[index]!, svg }));
}
