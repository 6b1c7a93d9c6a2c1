// Debian's Chromium driven by playwright-core: no browser download, headless, one fresh profile per context.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.join(import.meta.dirname, "../../../test-results/screenshots");

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without these Chromium keeps trying to reach Google's services, which this network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
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
