import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { busyTenant, type BusyTenant } from "./support/busy-tenant";
import { signIn } from "./support/console";

const browser = useBrowser();
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Every screen, with the busy tenant's data on it (lists, an open thread, a form, a reservation). */
function screensOf(busy: BusyTenant): string[] {
  return [
    "/",
    "/calendar",
    "/reservations",
    "/reservations?new=1",
    `/reservations?id=${busy.reservationId}`,
    "/conversations",
    `/conversations?id=${busy.namelessConversationId}`,
    "/guests",
    "/units",
    `/units?id=${busy.units[0]!.id}`,
    "/reports",
    "/reports?range=custom&from=2020-01-01&to=2020-01-31",
    "/channels",
    "/operations",
    "/messages",
    "/settings",
    "/account",
  ];
}

let busy: Promise<BusyTenant> | undefined;
const sharedBusyTenant = () => (busy ??= busyTenant());

/**
 * Controls a screen reader could not name, how much wider than the screen the page is, and text
 * cut off by a box too narrow for it (a price shown as "$95.00(").
 */
async function audit(page: Page, width: number) {
  return page.evaluate((screenWidth) => {
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
    // Boxes that hide what does not fit, without an ellipsis saying so and without scrolling: their text is cut.
    const clipped = [...document.querySelectorAll("main *")]
      .filter((element) => {
        const html = element as HTMLElement;
        // Form controls scroll their own value; audio players draw their own controls.
        if (html.matches("input, select, textarea, audio") || html.clientWidth <= 1 || !visible(html) || html.closest(".visually-hidden")) return false;
        const style = getComputedStyle(html);
        if (style.overflowX !== "hidden" && style.overflowX !== "clip") return false;
        if (style.textOverflow === "ellipsis") return false;
        return html.scrollWidth > html.clientWidth + 1;
      })
      .map((element) => `${(element as HTMLElement).innerText.slice(0, 40)} (${element.className})`);
    // Measured against the screen's width, not window.innerWidth: a phone zooms out to fit a wide page.
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    // The innermost elements that reach past the screen's edge: what to fix when the page is too wide.
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${String((element as HTMLElement).className).split(" ")[0]} "${(element as HTMLElement).innerText?.slice(0, 30) ?? ""}"`;
    const insideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const sticking = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > screenWidth + 1 && visible(element) && !insideScroller(element))
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > screenWidth + 1))
      .slice(0, 5)
      .map(describe);
    return {
      unnamed,
      imagesWithoutAlt,
      clipped,
      sticking,
      overflow: widest - screenWidth,
      lang: document.documentElement.lang,
      headings: document.querySelectorAll("main h1").length,
    };
  }, width);
}

/** WCAG AA colour contrast by axe-core: every text on the screen against what is behind it. */
async function contrastViolations(page: Page): Promise<{ checked: number; violations: string[] }> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    type Result = { nodes: Node[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "rule", values: ["color-contrast"] } });
    return {
      checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0) + result.violations.reduce((sum, rule) => sum + rule.nodes.length, 0),
      violations: result.violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary?.split("\n").at(-1)?.trim()}`)),
    };
  });
}

async function openScreen(page: Page, path: string) {
  await page.goto(path);
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
}

// Twelve screens each, with axe on every one: more than the default minute on a loaded machine.
const SWEEP = { timeout: 240_000 };

describe("every console screen, on a phone, with a busy season on it", () => {
  for (const width of [360, 390]) {
    it(`names every control, has one main heading, keeps to ${width} px and states its language`, SWEEP, async () => {
      const data = await sharedBusyTenant();
      const context = await openContext(browser(), { viewport: { width, height: PHONE.height } });
      const page = await context.newPage();
      await signIn(page, data.tenant);
      for (const path of screensOf(data)) {
        await openScreen(page, path);
        const result = await audit(page, width);
        if (result.overflow > 0 || result.clipped.length > 0) await screenshot(page, `overflow-${width}-${path.replace(/\W+/g, "-")}`);
        // Soft: one run lists every screen that fails, not only the first.
        expect.soft(result.unnamed, `${path}: controls without an accessible name`).toEqual([]);
        expect.soft(result.imagesWithoutAlt, `${path}: images without alt`).toEqual([]);
        expect.soft(result.overflow, `${path}: wider than the ${width} px phone by ${result.overflow}px (${result.sticking.join("; ")})`).toBeLessThanOrEqual(0);
        expect.soft(result.clipped, `${path}: text cut off`).toEqual([]);
        expect.soft(result.headings, `${path}: one h1`).toBe(1);
        expect.soft(result.lang, path).toBe("es-AR");
      }
      await context.close();
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it(`keeps every text readable (WCAG AA contrast) with the system in ${colorScheme} mode`, SWEEP, async () => {
      const data = await sharedBusyTenant();
      const context = await openContext(browser(), { viewport: PHONE });
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await signIn(page, data.tenant);
      for (const path of screensOf(data)) {
        await openScreen(page, path);
        const { checked, violations } = await contrastViolations(page);
        expect(checked, `${path}: axe found text to check`).toBeGreaterThan(0);
        expect.soft(violations, `${path} (${colorScheme})`).toEqual([]);
      }
      await context.close();
    });
  }

  it("can be used with the keyboard alone: the skip link leads to the content, the menu is reachable", async () => {
    const data = await sharedBusyTenant();
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, data.tenant);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Ir al contenido");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });
});
