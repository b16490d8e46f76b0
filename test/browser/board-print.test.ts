import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { audit, type AuditResult } from "../../src/domain/audit";
import { parseIsoDay } from "../../src/domain/day";
import type { Language } from "../../src/domain/number-format";
import { decisionPage } from "../../src/report/decision-page";
import { htmlReport } from "../../src/report/html-report";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { readWorkbookGrids } from "../../src/xlsx/read-workbook-grids";
import { FIXTURES, tempDir } from "../helpers/run";
import { CHROMIUM, launchChromium } from "../helpers/launch-chromium";

// Prints the board report to PDF with Debian's Chromium (issue 13): A4, page one is the decision
// page, no table row is split across pages, the charts keep their text alternatives. Needs only
// Chromium and poppler-utils' pdftotext (.ci/run installs both), not the webpack build.
const PDFTOTEXT = "/usr/bin/pdftotext";
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const A4_POINTS = { width: 595, height: 842 };

/** The text of one PDF page, with runs of white space made single spaces. */
function pdfPageText(file: string, page: number): string {
  return execFileSync(PDFTOTEXT, ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const plain = (text: string) => text.replace(/\s+/g, " ");

describe("the board report printed on A4", () => {
  let browser: Browser;
  let result: AuditResult;

  beforeAll(async () => {
    for (const tool of [CHROMIUM, PDFTOTEXT]) if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install chromium poppler-utils (.ci/run does)`);
    browser = await launchChromium();
    const grids = await readWorkbookGrids(await fs.readFile(path.join(FIXTURES, "golden", "example-defects.xlsx")), "example-defects.xlsx");
    result = audit(readWorkbook(grids), { preset: "botkyrka", today: parseIsoDay("2030-01-01")! });
    await fs.mkdir(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(["sv", "en"] as const)("in %s: page one is the decision page, rows stay whole, charts keep their text", async (language: Language) => {
    const file = path.join(await tempDir(), `rapport-${language}.html`);
    await fs.writeFile(file, htmlReport(result, { file: "example-defects.xlsx", sha256: "ab".repeat(32), tool: { name: "resultatrevision", version: "0" } }, language));
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: "print" });
    await page.locator(".decision-page").screenshot({ path: path.join(ARTIFACTS, `board-page-one-${language}.png`) });
    const pdf = path.join(ARTIFACTS, `board-report-${language}.pdf`);
    await page.pdf({ path: pdf, format: "A4" });

    // A4, and page one holds the whole decision page and nothing after it.
    const info = execFileSync("/usr/bin/pdfinfo", [pdf], { encoding: "utf8" });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(width) - A4_POINTS.width)).toBeLessThan(2);
    expect(Math.abs(Number(height) - A4_POINTS.height)).toBeLessThan(2);
    const decision = decisionPage(result, "example-defects.xlsx", language);
    const one = pdfPageText(pdf, 1);
    expect(one).toContain(plain(decision.title));
    for (const line of decision.checkpoints) {
      expect(one).toContain(line.heading);
      expect(one).toContain(plain(line.conditions[0]!.text));
    }
    expect(one).toContain(plain(decision.payment.headline));
    for (const matter of decision.matters) expect(one).toContain(plain(matter.text));
    for (const point of decision.decisionPoints) expect(one).toContain(plain(point));
    expect(one).not.toContain(language === "sv" ? "Nyckeltal" : "Key figures");

    // No table row is split across pages: mark each row's first and last cell, print again, and
    // find both marks of every row on the same PDF page.
    const rows = await page.evaluate(() => {
      const all = [...document.querySelectorAll("tr")];
      all.forEach((row, index) => {
        const cells = row.querySelectorAll("th, td");
        cells[0]!.prepend(`QQ${index}A `);
        cells[cells.length - 1]!.append(` QQ${index}Z`);
      });
      return all.length;
    });
    const marked = path.join(ARTIFACTS, `board-report-${language}-marked.pdf`);
    await page.pdf({ path: marked, format: "A4" });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("/usr/bin/pdfinfo", [marked], { encoding: "utf8" }))![1]);
    const pageOf = new Map<string, number>();
    for (let number = 1; number <= pages; number++) for (const mark of pdfPageText(marked, number).match(/QQ\d+[AZ]/g) ?? []) pageOf.set(mark, number);
    expect(rows).toBeGreaterThan(40);
    for (let index = 0; index < rows; index++) {
      expect(pageOf.get(`QQ${index}A`)).toBeDefined();
      expect([index, pageOf.get(`QQ${index}Z`)]).toEqual([index, pageOf.get(`QQ${index}A`)]);
    }

    // Every chart keeps its title and text alternative in print.
    const charts = await page.locator("svg.chart").evaluateAll((svgs) => svgs.map((svg) => ({ labelled: svg.getAttribute("aria-labelledby"), desc: svg.querySelector("desc")?.textContent ?? "" })));
    expect(charts).toHaveLength(9);
    for (const chart of charts) {
      expect(chart.labelled).toMatch(/-title .+-desc$/);
      expect(chart.desc.length).toBeGreaterThan(20);
    }
    await page.close();
  }, 60_000);
});
