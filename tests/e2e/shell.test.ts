import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { baseUrl, openContext, useBrowser } from "./support/browser";
import type { Response } from "playwright-core";

const browser = useBrowser();

describe("console shell", () => {
  it("serves the console for any screen path and keeps API routes on the Worker", async () => {
    const deepLink = await fetch(`${baseUrl()}/calendar`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');

    // Unknown /v1 paths still reach the Worker (401 before routing: fail closed), never index.html.
    const api = await fetch(`${baseUrl()}/v1/unknown-route`);
    expect(api.status).toBe(401);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
  });

  it("ships under 250 kB of JavaScript (gzipped) for the first screen", async () => {
    const context = await openContext(browser());
    const page = await context.newPage();
    let scriptBytes = 0;
    const pending: Promise<void>[] = [];
    const countScript = (response: Response) => {
      if (response.url().endsWith(".js")) pending.push(response.body().then((body) => void (scriptBytes += gzipSize(body))));
    };
    page.on("response", countScript);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    // The first screen is what was loaded by now; a chunk fetched later must not be read after the page closes.
    page.off("response", countScript);
    await Promise.all(pending);
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(250 * 1024);
    await context.close();
  });
});

function gzipSize(body: Buffer): number {
  return gzipSync(body).length;
}
