import { chromium } from "playwright-core";
const base = "http://127.0.0.1:8787";
const j = async (method, path, token, body) => { const r = await fetch(base + path, { method, headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined }); return { status: r.status, json: await r.json().catch(() => null) }; };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 360, height: 844 }, locale: "es-AR" });
await page.goto(base + "/"); await page.waitForTimeout(4000); await page.screenshot({ path: "/tmp/w-first.png" });
await page.getByLabel(/Email|Correo/i).fill("demo@posada.local");
await page.getByLabel(/Contraseña/i).fill("posada-demo-2026");
await page.getByRole("button", { name: /Entrar|Ingresar/ }).click();
await page.getByRole("navigation").waitFor();
await page.waitForTimeout(2000);
for (const p of ["/", "/settings", "/operations", "/guests", "/reports"]) {
  await page.goto(base + p); await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/w${p === "/" ? "-today" : p.replace(/\//g, "-")}.png`, fullPage: true });
  console.log(p, "overflow", await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
}
const s = await j("POST", "/v1/sessions", null, { email: "demo@posada.local", password: "posada-demo-2026" });
const list = await j("GET", "/v1/reservations?status=confirmed", s.json.token);
const today = new Date().toISOString().slice(0, 10);
const r = list.json.data.find((x) => x.checkIn > today);
await page.goto(`${base}/reservations?id=${r.id}`); await page.waitForTimeout(2500);
await page.screenshot({ path: "/tmp/w-reservation.png", fullPage: true });
console.log("reservation overflow", await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
const link = await j("GET", `/v1/reservations/${r.id}/guest-link`, s.json.token);
await page.goto(link.json.url.replace(/^https?:\/\/[^/]+/, base)); await page.waitForTimeout(1500);
await page.screenshot({ path: "/tmp/w-portal.png", fullPage: true });
console.log("portal overflow", await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
await browser.close();
