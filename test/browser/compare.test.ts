import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { cli, tempDir } from "../helpers/run";
import { serveFolder } from "../helpers/static-server";
import { OFFICE_JS_CDN, serveOfficeJsLocally } from "../helpers/office-js-cdn";
import { watchPage } from "../helpers/watch-page";
import { launchChromium } from "../helpers/launch-chromium";

// Real Chromium from Debian's package, driven by playwright-core (as test/browser/browser.test.ts).
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

describe("comparing two submissions in a real browser", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let previous: string;
  let current: string;
  let expected: any;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(process.env.RESULTATREVISION_DIST!);
    await fs.mkdir(ARTIFACTS, { recursive: true });
    const dir = await tempDir();
    previous = path.join(dir, "forra.xlsx");
    current = path.join(dir, "nu.xlsx");
    await cli("example", previous, "--hires", "200");
    await cli("example", current, "--hires", "200", "--retroactive");
    expected = JSON.parse((await cli("compare", previous, current, "--json")).stdout);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the browser auditor takes two files and gives the CLI's comparison, its JSON and the board section, sending nothing", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const { foreign, errors } = watchPage(page, server.url);
    await page.goto(`${server.url}/auditor.html`);
    await page.setInputFiles("#previous", previous);
    await page.setInputFiles("#file", current);
    await page.waitForSelector("section.since", { timeout: 60_000 });

    expect(Number(await page.getAttribute("section.since", "data-retroactive"))).toBe(expected.comparisonFindings.length);
    for (const year of expected.years) {
      expect(Number(await page.getAttribute(`section.since tr[data-year="${year.year}"]`, "data-difference-sek"))).toBe(year.difference.payoutSek);
    }
    expect(await page.locator("ul.retroactive li").count()).toBe(expected.comparisonFindings.length);
    expect(await page.textContent("#status")).toContain(`${expected.comparisonFindings.length} ändringar i redan betalda år`);

    const download = page.waitForEvent("download");
    await page.click("#download-json");
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("nu-jamforelse.json");
    const document = JSON.parse(await fs.readFile((await saved.path())!, "utf8"));
    expect({ ...document, tool: undefined }).toEqual({ ...expected, tool: undefined });

    const workbook = page.waitForEvent("download");
    await page.click("#download-xlsx");
    expect((await workbook).suggestedFilename()).toBe("nu-jamforelse.xlsx");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.locator("section.since").screenshot({ path: path.join(ARTIFACTS, "browser-comparison.png") });
    await page.close();
  }, 120_000);

  it("the task pane reads the chosen previous file in the pane with its reader chunk, and says in words what stops it", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await serveOfficeJsLocally(page);
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("compare")?.textContent !== "", undefined, { timeout: 30_000 });
    expect(await page.textContent("#compare")).toMatch(/Compare with earlier submission|Jämför med tidigare inlämning/);

    await page.click("#compare");
    await page.waitForFunction(() => document.getElementById("status")?.classList.contains("failed"));
    expect(await page.textContent("#status")).toMatch(/previous submission's file|förra inlämningens fil/);

    // Outside Excel there is no workbook to compare with: the file is read in the pane (the reader
    // chunk arrives only now), and then Excel's absence is reported in words, not left unhandled.
    expect(requests.some((url) => url.endsWith("/previous-submission.js"))).toBe(false);
    await page.setInputFiles("#previous-file", previous);
    await page.click("#compare");
    await page.waitForFunction(() => /Det gick inte|That did not work/.test(document.getElementById("status")?.textContent ?? "") && !/previous submission's file|förra inlämningens fil/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(requests.some((url) => url.endsWith("/previous-submission.js"))).toBe(true);
    // Nothing but the add-in's own host and Microsoft's Office.js CDN.
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith(OFFICE_JS_CDN))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
