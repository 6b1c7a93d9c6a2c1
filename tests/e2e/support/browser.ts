// The browser tests' side of Chromium: one browser per test file, a fresh context (profile) per test.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "./chromium";

export const SCREENSHOT_DIR = path.join(import.meta.dirname, "../../../test-results/screenshots");

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export function baseUrl(): string {
  return inject("baseUrl");
}

/** One browser for the calling test file: launched before its tests, closed after them. */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not running yet; use it inside a test");
    return browser;
  };
}

/** A browser context on the console's origin, phone-sized when asked, in es-AR unless told otherwise. */
export async function openContext(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<BrowserContext> {
  const viewport = options.viewport ?? DESKTOP;
  return browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: options.locale ?? "es-AR",
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
}

/** Saves a full-page screenshot under test-results/screenshots (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
