import type { Page } from "playwright-core";

/**
 * What a page does that a test must see: every request to a host other than the page's own server
 * (blob: and data: URLs are the page's own making), and every uncaught error.
 */
export function watchPage(page: Page, ownHost: string): { readonly foreign: string[]; readonly errors: string[] } {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(ownHost) && !url.startsWith("blob:") && !url.startsWith("data:")) foreign.push(url);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { foreign, errors };
}
