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

  it("has round axis ticks that reach the largest value", () => {
    expect(niceTicks(187)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0.74)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
