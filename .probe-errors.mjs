import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
page.on("pageerror", (e) => console.log("pageerror:", e.message.slice(0, 300)));
page.on("response", (r) => { if (r.status() >= 400) console.log("http", r.status(), r.url()); });
await page.goto("http://127.0.0.1:8787/");
await page.waitForTimeout(5000);
await browser.close();
