import { describe, expect, it } from "vitest";
import { DESKTOP, openContext, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { signUpTenant } from "./support/tenant";

const browser = useBrowser();
const NARROW_PHONE = { width: 360, height: 740 } as const;
const MAIN_TABS = ["Hoy", "Calendario", "Reservas", "Conversaciones"];

describe("the console's menu", () => {
  it("on a 360 px phone never scrolls sideways: the main tabs, and 'Más' opening the rest", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    const menu = page.getByRole("navigation", { name: "Menú" });
    for (const name of MAIN_TABS) await menu.getByRole("link", { name, exact: true }).waitFor();
    const fits = () => menu.evaluate((nav) => nav.scrollWidth <= nav.clientWidth && nav.getBoundingClientRect().right <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await menu.getByRole("link", { name: "Ajustes" }).isVisible()).toBe(false);

    const more = menu.getByRole("button", { name: /Más/ });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await more.click();
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    expect(await fits()).toBe(true);
    await menu.getByRole("link", { name: "Ajustes" }).click();
    await page.waitForURL("**/settings");
    // Going somewhere closes it, and the button names the screen it leads to now.
    const current = menu.getByRole("button", { name: /Ajustes/ });
    await current.waitFor();
    expect(await current.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.getByRole("link", { name: "Ajustes" }).isVisible()).toBe(false);
    await context.close();
  });

  it("on a desktop shows every screen in the side menu, with no 'Más'", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    const menu = page.getByRole("navigation", { name: "Menú" });
    for (const name of [...MAIN_TABS, "Huéspedes", "Unidades y precios", "Canales", "Ajustes", "Mi cuenta"]) expect(await menu.getByRole("link", { name, exact: true }).isVisible(), name).toBe(true);
    expect(await menu.getByRole("button", { name: /Más/ }).isVisible()).toBe(false);
    await context.close();
  });
});
