import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { cli, FIXTURES, tempDir } from "../helpers/run";
import { serveFolder } from "../helpers/static-server";
import { launchChromium } from "../helpers/launch-chromium";

// The browser auditor's own controls (issue 10), in Debian's Chromium driven by playwright-core.
const HAND = path.join(FIXTURES, "golden", "hand-checked.xlsx");

describe("the browser auditor page", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveFolder(process.env.RESULTATREVISION_DIST!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("hides the download buttons until there is a result, and a click before one does nothing", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.goto(`${server.url}/auditor.html`);
    await page.waitForFunction(() => document.getElementById("drop-text")?.textContent !== "");
    for (const id of ["download-xlsx", "download-html", "download-json"]) {
      expect(await page.isVisible(`#${id}`)).toBe(false);
      // A user cannot click what is hidden; a script still can: it must not throw.
      await page.evaluate((button) => document.getElementById(button)!.click(), id);
    }
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(downloads).toBe(0);

    await page.setInputFiles("#file", HAND);
    await page.waitForSelector("#download-json", { state: "visible", timeout: 60_000 });
    expect(await page.isVisible("#download-xlsx")).toBe(true);
    await page.close();
  }, 90_000);

  it("audits as of the report date typed in its field, like the CLI's --report-date", async () => {
    const expected = JSON.parse((await cli("audit", HAND, "--json", "--report-date", "2018-12-31")).stdout);
    const page = await browser.newPage();
    await page.goto(`${server.url}/auditor.html`);
    expect(await page.textContent("#report-date-label")).toMatch(/Rapportdatum/);
    await page.fill("#report-date", "2018-12-31");
    await page.setInputFiles("#file", HAND);
    await page.waitForSelector("#download-json", { state: "visible", timeout: 60_000 });
    const download = page.waitForEvent("download");
    await page.click("#download-json");
    const json = JSON.parse(await fs.readFile((await (await download).path())!, "utf8"));
    expect(json.reportDate).toBe("2018-12-31");
    expect(json.years[0].payout).toEqual(expected.years[0].payout);
    expect(json.summary).toEqual(expected.summary);

    // A date that is no date is said so, in the page's language, and nothing is offered.
    await page.fill("#report-date", "31/12/2018");
    await page.dispatchEvent("#report-date", "change");
    await page.waitForFunction(() => document.getElementById("status")!.classList.contains("failed"));
    expect(await page.textContent("#status")).toMatch(/"31\/12\/2018" är inget datum/);
    expect(await page.isVisible("#download-json")).toBe(false);
    await page.close();
  }, 90_000);

  it("shows a file name with a personnummer masked, in the status and the download's name", async () => {
    const file = path.join(await tempDir(), "lista 850709-9805.xlsx");
    await fs.copyFile(HAND, file);
    const page = await browser.newPage();
    await page.goto(`${server.url}/auditor.html`);
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#download-html", { state: "visible", timeout: 60_000 });
    expect(await page.textContent("#status")).toContain("lista 850709-****.xlsx");
    expect(await page.content()).not.toMatch(/850709-9805/);
    const download = page.waitForEvent("download");
    await page.click("#download-html");
    expect((await download).suggestedFilename()).toBe("lista 850709-xxxx-rapport.html");
    await page.close();
  }, 90_000);
});
