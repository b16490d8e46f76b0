import type { AuditResult } from "../domain/audit";
import { modelCostPerJobSek, modelCostPerResidentJobSek, type ModelFigures, type ModelPricing } from "../domain/models/model-pricing";
import { modelName } from "../domain/models/model-names";
import { formatKronor, formatShare, type Language } from "../domain/number-format";
import { barChart, escapeXml as esc } from "./svg-chart";

const T = {
  sv: {
    heading: "Samma resultat i varje betalningsmodell",
    intro: "Samma granskade jobb och företag prissatta med varje modells betalningsvillkor (bidrag, resultatandel, avgifter, tak, faktorer); startdatum, avtalstid, rapportdatum och reglerna för vad som räknas är arbetsbokens egna.",
    year: "Avtalsår", total: "Totalt", base: "Grundersättning", incentive: "Resultatersättning", paid: "Totalt utbetalt", perJob: "Per jobb", perResident: "Per boende i jobb",
    terms: (grant: string, share: string, company: string, hire: string) => `Bidrag ${grant} per år, resultatandel ${share}, ${company} per företag, ${hire} per jobb.`,
    chart: (name: string) => `${name}: utbetalt per avtalsår`, kronor: "Kronor",
  },
  en: {
    heading: "The same results under each payment model",
    intro: "The same audited jobs and companies priced under each model's payment terms (grant, incentive share, fees, caps, factors); start date, length, report date and the rules of what counts are the workbook's own.",
    year: "Agreement year", total: "Total", base: "Base", incentive: "Incentive", paid: "Total paid", perJob: "Per job", perResident: "Per resident job",
    terms: (grant: string, share: string, company: string, hire: string) => `Grant ${grant} a year, incentive share ${share}, ${company} per company, ${hire} per job.`,
    chart: (name: string) => `${name}: paid per agreement year`, kronor: "SEK",
  },
} as const;

const COLOURS = { base: "#1f4e78", incentive: "#f2a900" };

/** The payment models section: per model a table (years and total) and a chart, each with a text alternative. */
export function modelsHtml(result: AuditResult, language: Language): string {
  if (result.years.length === 0) return "";
  const t = T[language];
  const kr = (value: number | null) => (value === null ? "–" : formatKronor(value, language));
  const row = (figures: ModelFigures) => `<tr${figures.year === null ? ' class="total"' : ""}><th scope="row">${figures.year ?? esc(t.total)}</th>` +
    [figures.base.shownKronor(), figures.incentive.shownKronor(), figures.total.shownKronor(), modelCostPerJobSek(figures), modelCostPerResidentJobSek(figures)].map((value) => `<td>${esc(kr(value))}</td>`).join("") + "</tr>";
  const model = (pricing: ModelPricing) => {
    const name = modelName(pricing.model, language);
    const years = pricing.years;
    const categories = years.map((year) => String(year.year));
    const base = years.map((year) => year.base.shownKronor());
    const incentive = years.map((year) => year.incentive.shownKronor());
    const list = (values: readonly number[]) => values.map((value, index) => `${categories[index]}: ${kr(value)}`).join(", ");
    const chart = barChart({
      id: `chart-model-${pricing.model}`,
      title: t.chart(name),
      xLabel: t.year,
      yLabel: t.kronor,
      format: (value) => formatKronor(value, language),
      description: `${t.base}: ${list(base)}. ${t.incentive}: ${list(incentive)}. ${t.paid} ${kr(pricing.total.total.shownKronor())}.`,
    }, categories, [{ name: t.base, values: base, colour: COLOURS.base }, { name: t.incentive, values: incentive, colour: COLOURS.incentive }], true);
    const terms = t.terms(kr(pricing.terms.annual_grant_sek), formatShare(pricing.terms.incentive_share, language), kr(pricing.terms.company_fee_sek), kr(pricing.terms.hire_fee_sek));
    return `<article class="model" data-model="${pricing.model}" data-total-sek="${pricing.total.total.shownKronor()}"><h3>${esc(name)}</h3><p class="terms">${esc(terms)}</p>` +
      `<table class="figures"><thead><tr>${[t.year, t.base, t.incentive, t.paid, t.perJob, t.perResident].map((text) => `<th scope="col">${esc(text)}</th>`).join("")}</tr></thead>` +
      `<tbody>${[...years, pricing.total].map(row).join("")}</tbody></table><figure>${chart}</figure></article>`;
  };
  return `<section class="models"><h2>${esc(t.heading)}</h2><p>${esc(t.intro)}</p><div class="model-grid">${result.models.map(model).join("")}</div></section>`;
}
