// /docs must render without internet (issue #22): here Chromium may reach only the dev server,
// every other origin is refused, and the reference must still show the API and its operations.
import { describe, expect, it } from "vitest";
import { baseUrl, openContext, screenshot, useBrowser } from "./support/browser";

const browser = useBrowser();

describe("API reference", () => {
  it("renders at /docs with every other origin blocked", async () => {
    const context = await openContext(browser());
    const ownOrigin = new URL(baseUrl()).origin;
    const refused: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin === ownOrigin || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
      refused.push(url.href);
      return route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    const response = await page.goto("/docs");
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: "Posada API" }).first().waitFor({ timeout: 30_000 });
    // Tags after the first start collapsed in the sidebar; opening Reservations lists its operations.
    await page.getByText("Reservations", { exact: true }).first().click();
    await page.getByText("Hold dates for 30 minutes").first().waitFor();
    await screenshot(page, "docs-offline");

    // Nothing the reference needs was refused (a blocked request would be the blank page offline).
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
