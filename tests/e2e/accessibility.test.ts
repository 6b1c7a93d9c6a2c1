import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openContext, PHONE, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

const SCREENS = ["/", "/calendar", "/reservations", "/conversations", "/units", "/channels", "/settings", "/account"];

/** Controls a screen reader could not name, and whether the page is wider than the screen. */
async function audit(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    };
    const named = (element: Element) => {
      if (element.getAttribute("aria-label")?.trim() || element.getAttribute("aria-labelledby") || element.getAttribute("title")?.trim()) return true;
      if (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement) return Boolean(element.textContent?.trim() || element.querySelector("img[alt]"));
      const id = element.getAttribute("id");
      return Boolean((id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || element.closest("label"));
    };
    const unnamed = [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button, a[href]")]
      .filter(visible)
      .filter((element) => !named(element))
      .map((element) => element.outerHTML.slice(0, 120));
    const imagesWithoutAlt = [...document.querySelectorAll("img:not([alt])")].map((image) => image.outerHTML.slice(0, 120));
    return {
      unnamed,
      imagesWithoutAlt,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      lang: document.documentElement.lang,
      headings: document.querySelectorAll("main h1").length,
    };
  });
}

describe("every console screen, on a phone", () => {
  it("names every control, has one main heading, keeps to the screen's width and states its language", async () => {
    const tenant = await signUpTenant();
    await createUnit(tenant);
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant);
    for (const path of SCREENS) {
      await page.goto(path);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const result = await audit(page);
      expect(result.unnamed, `${path}: controls without an accessible name`).toEqual([]);
      expect(result.imagesWithoutAlt, `${path}: images without alt`).toEqual([]);
      expect(result.overflow, `${path}: wider than the phone by ${result.overflow}px`).toBeLessThanOrEqual(0);
      expect(result.headings, `${path}: one h1`).toBe(1);
      expect(result.lang, path).toBe("es-AR");
    }
    await context.close();
  });

  it("can be used with the keyboard alone: the skip link leads to the content, the menu is reachable", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Ir al contenido");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });
});
