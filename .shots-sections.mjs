import { chromium } from "playwright-core";
const base = "http://127.0.0.1:8787";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: "es-AR" });
await page.goto(base + "/");
await page.getByLabel(/Email|Correo/i).fill("demo@posada.local");
await page.getByLabel(/Contraseña/i).fill("posada-demo-2026");
await page.getByRole("button", { name: /Entrar|Ingresar/ }).click();
await page.getByRole("navigation").waitFor();
await page.goto(base + "/settings"); await page.waitForTimeout(3000);
for (const [name, file] of [[/Paquetes/, "s-packages"], [/fidelidad/i, "s-loyalty"]]) {
  const region = page.getByRole("region", { name }).first();
  await region.scrollIntoViewIfNeeded(); await region.screenshot({ path: `/tmp/${file}.png` });
}
await page.goto(base + "/operations"); await page.waitForTimeout(3000);
const hub = page.getByRole("region", { name: /HubSpot/ }).first();
await hub.scrollIntoViewIfNeeded(); await hub.screenshot({ path: "/tmp/s-hubspot.png" });
await browser.close();
