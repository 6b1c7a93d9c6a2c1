import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, signUpTenant, type E2eTenant } from "./support/tenant";

const browser = useBrowser();

async function guestWrites(tenant: E2eTenant, name: string | undefined, text: string): Promise<string> {
  const session = await api(`/chat/${tenant.slug}/sessions`, { body: name ? { name } : {} });
  await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${session.json.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.json.token}` },
    body: JSON.stringify({ text }),
  });
  return session.json.sessionId;
}

/** A click at the far right of an element, where a row's link used to stop. */
async function clickRightEdge(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  await locator.page().mouse.click(box.x + box.width - 6, box.y + box.height / 2);
}

describe("conversations layout", () => {
  it("on a desktop shows the list and the open thread side by side, and a click anywhere on a row opens it", async () => {
    const tenant = await signUpTenant();
    await guestWrites(tenant, "Lucía Web", "hola! una consulta por diciembre");
    const nameless = await guestWrites(tenant, undefined, "¿tienen cochera?");
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/conversations");
    const list = page.getByRole("list").filter({ has: page.getByRole("link", { name: /Lucía Web/ }) });
    const namelessRow = page.getByRole("link", { name: /Visitante del chat web/ });
    await namelessRow.waitFor();
    expect(await page.getByText(/conv_/).count()).toBe(0);

    await clickRightEdge(namelessRow);
    await page.waitForURL(`**/conversations?id=${nameless}`);
    const thread = page.getByRole("region", { name: /Visitante del chat web/ });
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain("¿tienen cochera?");
    const [listBox, threadBox] = await Promise.all([list.boundingBox(), thread.boundingBox()]);
    // Side by side: the thread starts right of the list, never over it, and both are on screen.
    expect(threadBox!.x).toBeGreaterThanOrEqual(listBox!.x + listBox!.width);
    expect(Math.abs(threadBox!.y - listBox!.y)).toBeLessThan(200);
    await screenshot(page, "conversations-desktop");

    // Another row, clicked on its right half, replaces the open thread.
    await clickRightEdge(page.getByRole("link", { name: /Lucía Web/ }));
    await page.getByRole("region", { name: /Lucía Web/ }).getByText("hola! una consulta por diciembre").waitFor();
    expect(await list.isVisible()).toBe(true);
    await context.close();
  });

  it("on a phone shows one at a time: the list, then the thread in its place, and back", async () => {
    const tenant = await signUpTenant();
    await guestWrites(tenant, "Ramiro Teléfono", "buenas, hay lugar el finde?");
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/conversations");
    const row = page.getByRole("link", { name: /Ramiro Teléfono/ });
    await row.waitFor();
    await clickRightEdge(row);
    const thread = page.getByRole("region", { name: /Ramiro Teléfono/ });
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain("buenas, hay lugar el finde?");
    expect(await row.isVisible()).toBe(false);
    await page.getByRole("link", { name: "← Volver" }).click();
    await row.waitFor();
    expect(await thread.isVisible()).toBe(false);
    await context.close();
  });
});
