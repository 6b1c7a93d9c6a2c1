import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

/** A partner's webhook receiver on loopback (the dev server allows loopback over http, like iCal feeds). */
let receiver: Server;
const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];
beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200).end("recibido");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe("Operación on a phone", () => {
  it("subscribes a partner, shows the secret once, pings it, lists the delivery and the change log, at 360 px", { timeout: 120_000 }, async () => {
    const tenant = await signUpTenant("Operación del Lago");
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/posada`;

    const context = await openContext(browser(), { viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signIn(page, tenant, "/operations");
    await page.getByRole("heading", { name: "Operación", level: 1 }).waitFor();
    await page.getByText("No hay ningún sistema suscripto.").waitFor();
    await page.getByText("Últimas 24 horas").waitFor();

    await page.getByLabel("Dirección que recibe los avisos (https)").fill(url);
    await page.getByLabel("Pago recibido").check();
    await page.getByRole("button", { name: "Suscribir" }).click();
    const secret = await page.getByTestId("webhook-secret").textContent();
    expect(secret).toMatch(/^whsec_/);
    await page.getByText(url).first().waitFor();

    await page.getByRole("button", { name: "Probar" }).click();
    await page.getByText("El sistema respondió bien").waitFor();
    expect(received.some((r) => r.headers["webhook-id"] && JSON.parse(r.body).type === "webhook.ping")).toBe(true);

    await page.getByRole("button", { name: "Ver envíos" }).click();
    await page.getByTestId("webhook-deliveries").getByText("Entregado").waitFor();
    await page.getByTestId("webhook-deliveries").getByText("Prueba").waitFor();

    // The owner's change log says what was done in words: who by name, the unit by its name, the price in pesos.
    const unit = await createUnit(tenant, "Cabaña Coihue");
    expect((await api(`/v1/accommodations/${unit.id}`, { method: "PATCH", token: tenant.token, body: { basePrice: { amount: 9_500_000, currency: "ARS" } } })).status).toBe(200);
    await page.reload();
    const log = page.getByTestId("audit-entries");
    await log.getByText(`Dueña suscribió ${url} a los avisos`).waitFor();
    await log.getByText(/^Dueña cambió el precio de Cabaña Coihue: \$\s80\.000 → \$\s95\.000$/).waitFor();
    await log.getByText("Dueña creó la unidad «Cabaña Coihue»").waitFor();
    expect(await log.textContent()).not.toContain("accommodations.update");
    // Narrowed to an area in the owner's words, not a technical action name.
    await page.getByLabel("Qué se cambió").selectOption({ label: "Unidades y calendarios" });
    await log.getByText(`Dueña suscribió ${url} a los avisos`).waitFor({ state: "detached" });
    await log.getByText("Dueña creó la unidad «Cabaña Coihue»").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "operations-360");

    const health = await api("/v1/integrations/health", { token: tenant.token });
    expect(health.json.data[0]).toMatchObject({ mode: "active", failureStreak: 0 });
    await context.close();
  });
});
