import { AGREEMENT_PARAMETERS } from "../../src/domain/agreement-parameters";
import { htmlReport } from "../../src/report/html-report";
import { niceTicks } from "../../src/report/svg-chart";
import { auditBuild } from "../helpers/workbook-builder";

const SOURCE = { file: "resultat<2019>.xlsx", sha256: "ab".repeat(32), tool: { name: "resultatrevision", version: "0" } };

describe("the board report", () => {
  const result = auditBuild({ hires: [{ "Person-ID": "19850709-9805" }, { "Anställnings-ID": "A-2", "Person-ID": "<script>alert(1)</script>", Startdatum: "2019-01-10" }] });
  const swedish = htmlReport(result, SOURCE, "sv");

  it("is self-contained: no script, no external file, a policy that forbids loading anything", () => {
    expect(swedish).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(swedish).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(swedish).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(swedish).toMatch(/<html lang="sv">/);
    expect(htmlReport(result, SOURCE, "en")).toMatch(/<html lang="en">/);
  });

  it("names the agreement, period, report date and the input's SHA-256, and escapes what it shows", () => {
    expect(swedish).toContain("Botkyrka (0127)");
    expect(swedish).toContain("2018-01-01 – 2022-12-31");
    expect(swedish).toContain("2019-12-31");
    expect(swedish).toContain(`SHA-256 ${"ab".repeat(32)}`);
    expect(swedish).toContain("resultat&lt;2019&gt;.xlsx");
    expect(swedish).not.toContain("<script>alert");
  });

  it("never repeats a personnummer", () => {
    expect(swedish).toContain("PERSONNUMMER_FOUND");
    expect(swedish).not.toMatch(/9805/);
  });

  it("draws nine charts (five of results, one per payment model), each with a title, a text alternative and marks", () => {
    const charts = swedish.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(9);
    expect(charts.filter((chart) => chart.includes('id="chart-model-')).length).toBe(4);
    for (const chart of charts) {
      expect(chart).toMatch(/<title id="[^"]+-title">[^<]+<\/title><desc id="[^"]+-desc">[^<]{20,}<\/desc>/);
      expect(chart).toMatch(/class="mark"/);
      expect(chart).toMatch(/class="axis"/);
    }
  });

  it("opens with the decision page, then the figures, the models and the appendices", () => {
    const order = ["Beslutsunderlag: Botkyrka (0127)", "Förslag till beslut", "Nyckeltal", "Samma resultat i varje betalningsmodell", "Bilaga: fynd", "Bilaga A. Avtalet", "Bilaga B. Metod"].map((text) => swedish.indexOf(text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(swedish).toMatch(/<div class="decision" contenteditable="true"[^>]*>Kommunstyrelsen föreslås besluta\natt /);
    // Findings under words, the code beside them for auditors.
    expect(swedish).toMatch(/<h3>Personnummer i arbetsboken <span class="severity">Varning · <code>PERSONNUMMER_FOUND<\/code>/);
  });

  it("appendix A lists every parameter with its value and source: preset or its Avtal cell (spec 10.31)", () => {
    const rows = [...swedish.matchAll(/<tr data-key="([a-z_]+)" data-source="(\w+)">(.*?)<\/tr>/g)];
    expect(rows.map((row) => row[1])).toEqual(Object.keys(AGREEMENT_PARAMETERS));
    const sources = Object.fromEntries(rows.map((row) => [row[1], row[2]]));
    expect(sources).toMatchObject({ start_date: "Avtal", report_date: "Avtal", jobs_target_total: "Avtal", investment_commitment_sek: "Avtal", incentive_share: "preset", hire_fee_sek: "preset" });
    const startDate = rows.find((row) => row[1] === "start_date")![3]!;
    expect(startDate).toContain("<td>2018-01-01</td><td>Avtal!B2</td>");
    expect(rows.find((row) => row[1] === "long_term_factor")![3]).toContain("<td>1,5</td><td>förinställning botkyrka</td>");
  });

  it("appendix B gives the method: as of, rules, the assumption values, the input's SHA-256, the tool; and a slot for a sample or a comparison", () => {
    const method = swedish.slice(swedish.indexOf('id="bilaga-metod"'));
    expect(method).toContain("2019-12-31 (report_date i bladet Avtal)");
    expect(method).toContain("minst 50,0 % och anställningen varat minst 3 kalendermånader");
    for (const key of ["long_term_factor", "exit_min_jobs_share", "exit_min_resident_share", "annual_grant_sek"]) expect(method).toContain(`<code>${key}</code>`);
    expect(method).toContain("ab".repeat(32));
    expect(method).toContain("resultatrevision 0");
    const withSample = htmlReport(result, { ...SOURCE, methodExtras: [{ title: "Stickprov", method: "30 rader dragna med frö 7", result: "Inga avvikelser" }] }, "sv");
    expect(withSample).toContain("<h3>Stickprov</h3><dl><dt>Metod</dt><dd>30 rader dragna med frö 7</dd><dt>Resultat</dt><dd>Inga avvikelser</dd></dl>");
  });

  it("has round axis ticks that reach the largest value", () => {
    expect(niceTicks(187)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0.74)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
