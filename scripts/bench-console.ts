// Console benchmark: how fast the first screens are usable and how much JavaScript they ship.
// Runs against a running `npm run dev` (BASE_URL, default http://127.0.0.1:8787) in Debian's Chromium.
//
//   npm run bench:console            (RUNS=10 by default; CHROMIUM_PATH to use another Chromium)
//
// "Usable" is from navigation start until the screen's main control is visible: the email field on
// sign-in, the "Hoy" heading on Today, the occupancy tile on Reportes, the first step on Mensajes
// automáticos and, on Settings, the email form's sender field once its settings have loaded (all
// signed in as the demo owner), and the greeting of a demo stay's guest portal. Each run uses a fresh browser context, so nothing is cached.
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/support/chromium";

const BASE_URL = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
const RUNS = Number(process.env.RUNS ?? 10);
const DEMO = { email: "demo@posada.local", password: "posada-demo-2026" };

async function main() {
  const session = await fetch(`${BASE_URL}/v1/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DEMO) });
  if (!session.ok) throw new Error(`signing in as the demo owner failed (${session.status}); is npm run dev running at ${BASE_URL}?`);
  const { token } = (await session.json()) as { token: string };

  const browser = await launchChromium();
  try {
    await measure(browser, "sign-in screen", null, (page) => page.getByLabel(/correo|email/i).first().waitFor());
    await measure(browser, "today screen (signed in)", token, (page) => page.getByRole("heading", { name: "Hoy", exact: true }).first().waitFor());
    await measure(browser, "automatic messages", token, (page) => page.locator('[data-step="pre_arrival"]').waitFor(), "/messages");
    // Usable when the KPI tiles are on screen; the chart's own chunk (uPlot) follows and is counted too.
    await measure(browser, "reports screen (signed in)", token, (page) => page.getByText("Ocupación", { exact: true }).first().waitFor(), "/reports");
    await measure(browser, "settings screen (signed in)", token, (page) => page.getByLabel("Email del remitente").waitFor(), "/settings");
    // The guest portal of a demo stay, opened by its link as a guest would (no session): usable
    // when the greeting is on screen (the stay travels inside the page).
    const portal = await demoPortalPath(token);
    if (portal) await measure(browser, "guest portal (a guest's link)", null, (page) => page.getByRole("heading", { name: /^¡Hola|^Olá|^Hi/ }).waitFor(), portal);
  } finally {
    await browser.close();
  }
}

/** The portal path of a confirmed demo stay ahead, or null when the demo has none. */
async function demoPortalPath(token: string): Promise<string | null> {
  const headers = { authorization: `Bearer ${token}` };
  const list = await fetch(`${BASE_URL}/v1/reservations?status=confirmed`, { headers });
  const stay = ((await list.json()) as { data: Array<{ id: string }> }).data[0];
  if (!stay) return null;
  const link = (await (await fetch(`${BASE_URL}/v1/reservations/${stay.id}/guest-link`, { headers })).json()) as { url: string };
  return new URL(link.url).pathname;
}

async function measure(browser: Browser, name: string, token: string | null, usable: (page: Page) => Promise<void>, path = "/") {
  const times: number[] = [];
  let scriptBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-AR" });
    if (token) await context.addInitScript((value) => sessionStorage.setItem("posada.session", value), token);
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".js")) bodies.push(response.body().then((body) => gzipSync(body).length));
    });
    const started = performance.now();
    await page.goto(`${BASE_URL}${path}`);
    await usable(page);
    times.push(performance.now() - started);
    await page.waitForLoadState("networkidle");
    scriptBytes = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
    await context.close();
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(0);
  console.log(`${name.padEnd(29)} usable p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${RUNS} cold loads; JavaScript ${(scriptBytes / 1024).toFixed(1)} kB gzipped`);
}

await main();
