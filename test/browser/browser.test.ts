import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import ExcelJS from "exceljs";
import { exampleSheets } from "../../src/workbook/example-workbook";
import { reproducibleXlsxBytes, workbookOf } from "../../src/xlsx/xlsx-bytes";
import { cli, FIXTURES, tempDir } from "../helpers/run";
import { serveFolder } from "../helpers/static-server";
import { OFFICE_JS_CDN, serveOfficeJsLocally } from "../helpers/office-js-cdn";
import { watchPage } from "../helpers/watch-page";
import { launchChromium } from "../helpers/launch-chromium";

// Real Chromium from Debian's package (.ci/run installs it), driven by playwright-core.
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const WORKBOOK = path.join(FIXTURES, "golden", "example-defects.xlsx");

describe("in a real browser", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let expected: any;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(process.env.RESULTATREVISION_DIST!);
    await fs.mkdir(ARTIFACTS, { recursive: true });
    expected = JSON.parse((await cli("audit", WORKBOOK, "--json")).stdout);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the browser auditor shows the CLI's findings and figures, and sends nothing anywhere", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const { foreign, errors } = watchPage(page, server.url);
    await page.goto(`${server.url}/auditor.html`);
    await page.setInputFiles("#file", WORKBOOK);
    await page.waitForSelector("main[data-findings]", { timeout: 60_000 });

    const main = page.locator("main[data-findings]");
    expect(Number(await main.getAttribute("data-findings"))).toBe(expected.findings.length);
    expect(Number(await main.getAttribute("data-errors"))).toBe(expected.summary.errors);
    expect(Number(await main.getAttribute("data-warnings"))).toBe(expected.summary.warnings);
    expect(Number(await main.getAttribute("data-infos"))).toBe(expected.summary.infos);
    for (const year of [...expected.years, expected.total]) {
      const row = page.locator(`tr[data-year="${year.year ?? "total"}"]`);
      expect(Number(await row.getAttribute("data-jobs"))).toBe(year.jobs);
      expect(Number(await row.getAttribute("data-total-sek"))).toBe(year.payout.totalSek);
    }
    expect(await page.textContent("#status")).toContain(`${expected.summary.errors} fel`);
    expect(await page.locator("svg.chart").count()).toBe(9);

    const download = page.waitForEvent("download");
    await page.click("#download-html");
    const html = await fs.readFile((await (await download).path())!, "utf8");
    expect(html).toContain("<svg");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "browser-auditor.png"), fullPage: true });
    await page.close();
  }, 90_000);

  it("the browser auditor shows the evaluation of a filled sample, drawing the CLI's sample again from its seed", async () => {
    // Drawn by the CLI, filled in as an auditor would (one deviation of 10,000 kr), audited in the page.
    const dir = await tempDir();
    const input = path.join(dir, "exempel.xlsx");
    await fs.writeFile(input, await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 400, seed: 3 }), { validations: false })));
    const sampled = path.join(dir, "stickprov.xlsx");
    expect((await cli("sample", input, "--out", sampled, "--seed", "42")).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sampled);
    const sheet = workbook.getWorksheet("Stickprov")!;
    let first = 0;
    sheet.eachRow((row, number) => (first ||= row.getCell(1).value === "Blad" ? number + 1 : 0));
    for (let r = first; sheet.getCell(r, 1).value; r++) {
      const deviating = r === first + 2;
      sheet.getCell(r, 6).value = deviating ? "Nej" : "Ja";
      sheet.getCell(r, 7).value = deviating ? "Ja" : "Nej";
      if (deviating) sheet.getCell(r, 8).value = 10_000;
    }
    await workbook.xlsx.writeFile(sampled);
    const expectedSample = JSON.parse((await cli("audit", sampled, "--json")).stdout).sample;
    expect(expectedSample).toMatchObject({ n: 60, checked: 60, deviations: 1, conclusion: "not-supported" });

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/auditor.html`);
    await page.setInputFiles("#file", sampled);
    const table = page.locator("table.sample");
    await table.waitFor({ timeout: 60_000 });
    expect(await table.getAttribute("data-conclusion")).toBe("not-supported");
    expect(Number(await table.getAttribute("data-n"))).toBe(60);
    expect(Number(await table.getAttribute("data-checked"))).toBe(60);
    expect(Number(await table.getAttribute("data-deviations"))).toBe(1);
    expect(Number(await table.getAttribute("data-upper-rate"))).toBeCloseTo(expectedSample.upperDeviationRate, 12);
    expect(Number(await table.getAttribute("data-upper-sek"))).toBe(expectedSample.upperMisstatementSek);
    // The page drew the sample again from the seed: a different draw would list SAMPLE_INVALID.
    expect(await page.locator("main").textContent()).not.toContain("SAMPLE_INVALID");
    expect(await table.textContent()).toContain("Stickprovet stöder inte utbetalningen");
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "browser-auditor-sample.png"), fullPage: true });
    await page.close();
  }, 120_000);

  it("the board report renders every chart with marks, offline", async () => {
    const file = path.join(await tempDir(), "rapport.html");
    await cli("audit", WORKBOOK, "--html", file);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${file}`);
    const charts = page.locator("svg.chart");
    // Five charts of the results and one per payment model (issue 13).
    expect(await charts.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      const chart = charts.nth(i);
      expect(await chart.locator("title").first().textContent()).toBeTruthy();
      expect((await chart.locator("desc").textContent())!.length).toBeGreaterThan(20);
      const sizes = await chart.locator(".mark").evaluateAll((marks) => marks.map((mark) => {
        const box = (mark as SVGGraphicsElement).getBBox();
        return box.width * box.height;
      }));
      expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(0);
    }
    expect(requests).toEqual([`file://${file}`]);
    await page.screenshot({ path: path.join(ARTIFACTS, "board-report.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: path.join(ARTIFACTS, "board-report.pdf"), format: "A4" });
    await page.close();
  }, 60_000);

  it("the task pane loads Office.js from Microsoft's CDN, and nothing else from elsewhere, under its Content-Security-Policy", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await serveOfficeJsLocally(page);
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith(OFFICE_JS_CDN)) foreign.push(url);
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("audit")?.textContent !== "", undefined, { timeout: 30_000 });
    expect(await page.textContent("#audit")).toMatch(/Audit|Granska/);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png") });
    await page.close();
  }, 60_000);
});
