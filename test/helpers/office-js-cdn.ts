import * as path from "node:path";
import type { Page } from "playwright-core";

/** Where the task pane loads Office.js from (its CSP allows this host and no other). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * The test machine has no network: the CDN's Office.js files are served from the npm package's
 * copy, so the task pane starts as it would in Office. Every other request goes on as it is.
 */
export async function serveOfficeJsLocally(page: Page): Promise<void> {
  const folder = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (!url.startsWith(OFFICE_JS_CDN)) return route.continue();
    return route.fulfill({ path: path.join(folder, url.slice(OFFICE_JS_CDN.length).split("?")[0]!), contentType: "application/javascript" });
  });
}
