import { describe, expect, it } from "vitest";
// @ts-expect-error: the dev scripts are plain JavaScript modules without declarations.
import { startDemoSite } from "../../scripts/demo-site.mjs";
// @ts-expect-error: the dev scripts are plain JavaScript modules without declarations.
import { seedDemo } from "../../scripts/seed-demo.mjs";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, todayIn } from "./support/reservations-helpers";
import { api } from "./support/tenant";

const browser = useBrowser();
const eventually = { timeout: 20_000 };

interface Row {
  status: string;
  checkIn: string;
  checkOut: string;
  source: string;
  refundDecision: string | null;
  guest: { name: string };
  adjustments?: Array<{ kind: string; label: string }>;
}

describe("the demo season of npm run dev", () => {
  it("seeds a season dated relative to today, once, and Today shows it", async () => {
    const site = await startDemoSite({ posadaBase: baseUrl() });
    try {
      const login = await seedDemo(baseUrl(), site);
      const token = (await api("/v1/sessions", { body: { email: login.owner.email, password: login.owner.password } })).json.token as string;
      const today = todayIn();
      const rows = async () => (await api("/v1/reservations", { token })).json.data as Row[];

      await expect.poll(async () => (await rows()).length, eventually).toBeGreaterThanOrEqual(12);
      const season = await rows();
      const live = season.filter((r) => r.status === "confirmed");
      expect(live.some((r) => r.checkOut <= today)).toBe(true);
      expect(live.some((r) => r.checkIn < today && r.checkOut > today)).toBe(true);
      expect(live.some((r) => r.checkIn === today)).toBe(true);
      expect(live.some((r) => r.checkOut === today)).toBe(true);
      expect(season.filter((r) => r.status === "held").length).toBeGreaterThanOrEqual(2);
      expect(season.some((r) => r.status === "cancelled" && r.refundDecision === "full")).toBe(true);
      expect(new Set(season.map((r) => r.source)).size).toBeGreaterThanOrEqual(7);
      expect(season.every((r) => r.checkIn >= addDays(today, -30) && r.checkIn <= addDays(today, 30))).toBe(true);

      await expect.poll(async () => ((await api("/v1/alerts", { token })).json.data as Array<{ kind: string }>).map((a) => a.kind).sort(), eventually).toEqual(
        expect.arrayContaining(["conversation_escalated", "ical_conflict"]),
      );
      // The chats, and the threads the season's confirmations opened on their own (scheduled messages):
      // one per guest however their phone was written, and none for a stay that had ended when it was entered.
      const threads = async () => (await api("/v1/conversations", { token })).json.data as Array<{ channel: string; guestName: string }>;
      const named = (list: Array<{ channel: string; guestName: string }>, channel: string) => list.filter((c) => c.channel === channel).map((c) => c.guestName).sort();
      await expect.poll(async () => named(await threads(), "whatsapp"), eventually).toEqual(expect.arrayContaining(["Carla Benítez", "Nicolás Prieto", "Tomás Aguirre", "Valentina Ruiz"]));
      const settled = await threads();
      expect(named(settled, "webchat")).toHaveLength(2);
      const whatsapp = named(settled, "whatsapp");
      expect(new Set(whatsapp).size).toBe(whatsapp.length);
      expect(whatsapp).not.toContain("Sofía Ramírez");
      expect(named(settled, "email").length).toBeGreaterThan(0);
      expect(named(settled, "email")).not.toContain("Familia Quiroga");
      expect(login.slug).toMatch(/^cabanas-del-lago-demo-/);

      // The loyalty programme and a package are there, and Valentina, back for a third stay, is a
      // "Plata" guest whose stay arriving today carries her discount on its own line.
      const tiers = (await api("/v1/loyalty/tiers", { token })).json.tiers as Array<{ name: string }>;
      expect(tiers.map((t) => t.name)).toEqual(["Plata", "Oro"]);
      const packages = (await api("/v1/packages", { token })).json.data as Array<{ name: string; extras: string[] }>;
      expect(packages.map((p) => [p.name, p.extras.length])).toEqual([["Escapada romántica", 2]]);
      const valentina = season.find((r) => r.guest.name === "Valentina Ruiz" && r.checkIn === today);
      expect(valentina?.adjustments).toEqual([expect.objectContaining({ kind: "loyalty", label: "Plata −5%" })]);

      // A second start adds nothing while today's season is there, and keeps the owner's own tiers.
      await api("/v1/loyalty/tiers", { method: "PUT", token, body: { tiers: [{ name: "Amigos", minStays: 3, discountPercent: 7 }] } });
      await seedDemo(baseUrl(), site);
      expect((await rows()).length).toBe(season.length);
      expect(((await api("/v1/loyalty/tiers", { token })).json.tiers as Array<{ name: string }>).map((t) => t.name)).toEqual(["Amigos"]);
      expect((await api("/v1/packages", { token })).json.data).toHaveLength(1);

      const context = await openContext(browser(), { viewport: PHONE });
      const page = await context.newPage();
      await signIn(page, login.owner, "/");
      // Arriving today, leaving today, and a hold counting down.
      await page.locator("main").getByText("Valentina Ruiz").first().waitFor();
      await page.locator("main").getByText("Emma Wilson").first().waitFor();
      await page.locator("main").getByText("Lucas Giménez").first().waitFor();
      await screenshot(page, "demo-today-phone");
      await context.close();
    } finally {
      site.server.close();
    }
  });
});
