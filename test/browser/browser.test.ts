import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { cli, FIXTURES, tempDir } from "../helpers/run";
import { serveFolder } from "../helpers/static-server";

// Real Chromium from Debian's package (.ci/run installs it), driven by playwright-core.
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const WORKBOOK = path.join(FIXTURES, "golden", "example-defects.xlsx");

describe("in a real browser", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let expected: any;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
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
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith("blob:") && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
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

  it("the task pane loads its own Office.js under its Content-Security-Policy", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("audit")?.textContent !== "", undefined, { timeout: 30_000 });
    expect(await page.textContent("#audit")).toMatch(/Audit|Granska/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png") });
    await page.close();
  }, 60_000);
});
