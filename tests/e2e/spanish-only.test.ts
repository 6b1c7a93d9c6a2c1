import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openContext, PHONE, useBrowser } from "./support/browser";
import { busyTenant } from "./support/busy-tenant";
import { signIn } from "./support/console";
import { api } from "./support/tenant";

const browser = useBrowser();
const CONSOLE_SRC = path.join(import.meta.dirname, "../../web/console/src");

type Dictionary = Record<"es-AR" | "en" | "pt-BR", Record<string, string>>;

/** A dictionary's strings by key path: some dictionaries group their strings (the change log's actions and targets). */
function leaves(dictionary: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries((dictionary ?? {}) as Record<string, unknown>)) {
    if (typeof value === "string") found.set(prefix + key, value);
    else if (value && typeof value === "object") for (const [inner, text] of leaves(value, `${prefix}${key}.`)) found.set(inner, text);
  }
  return found;
}

/** Every string of the console (dictionaries live in .ts modules beside their screens)'s English dictionaries that differs from its es-AR twin (brand names are the same in both). */
async function englishStrings(): Promise<RegExp[]> {
  const files = (await readdir(CONSOLE_SRC, { recursive: true })).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
  const patterns = new Map<string, RegExp>();
  for (const file of files) {
    const module = (await import(path.join(CONSOLE_SRC, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!value || typeof value !== "object" || !("en" in value) || !("es-AR" in value)) continue;
      const dictionary = value as Dictionary;
      const spanish = leaves(dictionary["es-AR"]);
      for (const [key, english] of leaves(dictionary.en)) {
        if (english === spanish.get(key) || !/[a-z]{3}/i.test(english)) continue;
        // "{name}" placeholders match whatever was put in them.
        const source = english
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".+?");
        patterns.set(english, new RegExp(`^${source}$`));
      }
    }
  }
  return [...patterns.values()];
}

/** What a person or a screen reader gets from the page: each text node, and labels and titles. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden]")) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    // The language picker names English in English, on purpose.
    return texts.filter((text) => text !== "English");
  });
}

describe("an es-AR console", () => {
  it("shows no string of the English dictionary and no raw server message on any screen", { timeout: 240_000 }, async () => {
    const english = await englishStrings();
    expect(english.length).toBeGreaterThan(200);
    const busy = await busyTenant();
    // What the server writes in English for logs and API clients: it must never reach the screen.
    const serverTexts = [
      ...(await api("/v1/alerts", { token: busy.tenant.token })).json.data.map((alert: { message: string }) => alert.message),
      ...(await Promise.all(busy.units.map(async (unit) => (await api(`/v1/accommodations/${unit.id}/ical-feeds`, { token: busy.tenant.token })).json.data))).flat().map((feed: { lastError: string | null }) => feed.lastError),
    ].filter((text): text is string => Boolean(text));
    expect(serverTexts.length).toBeGreaterThan(3);

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, busy.tenant);
    const screens = ["/", "/calendar", "/calendar?view=month", "/reservations", "/reservations?new=1", `/reservations?id=${busy.reservationId}`, "/conversations", `/conversations?id=${busy.namelessConversationId}`, "/guests", "/units", `/units?id=${busy.units[0]!.id}`, "/reports", "/channels", "/operations", "/messages", "/settings", "/account"];
    for (const screen of screens) {
      await page.goto(screen);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const texts = await textsOf(page);
      const inEnglish = texts.filter((text) => english.some((pattern) => pattern.test(text)));
      expect.soft(inEnglish, `${screen}: English dictionary strings`).toEqual([]);
      const raw = texts.filter((text) => serverTexts.some((server) => text.includes(server.slice(0, 40))));
      expect.soft(raw, `${screen}: raw server messages`).toEqual([]);
      expect.soft(texts.filter((text) => /\bconv_[0-9A-Z]{6,}/.test(text)), `${screen}: internal thread ids`).toEqual([]);
    }
    await context.close();
  });
});
