import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";

const browser = useBrowser();
const eventually = { timeout: 15_000 };

const ACCOUNT = { cbu: "2850590940090418135201", alias: "POSADA.LAGO.SENA", holderName: "Posada del Lago SRL", cuit: "30-71234567-1" };
/** Enough of a PNG for the type check: the signature, then a 1×1 image's chunks. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

/** A visitor on the web chat holds the tenant's unit and uploads the transfer receipt; answers the reservation id. */
async function guestPaysByTransfer(tenant: E2eTenant, name: string): Promise<{ sessionId: string; token: string; reservationId: string }> {
  const session = (await api(`/chat/${tenant.slug}/sessions`, { body: { name, lang: "es" } })).json as { sessionId: string; token: string };
  const say = (text: string) =>
    fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ text }),
    }).then((r) => r.json() as Promise<{ replies: Array<{ text: string }> }>);
  await say("tenes lugar del 10 al 13/2 para 2?");
  // Web chat knows nobody: before holding, the assistant asks who the guest is.
  expect((await say("la 1")).replies.map((r) => r.text).join("\n")).toMatch(/nombre|teléfono/i);
  const held = await say(`${name}, 11 5555-0000`);
  expect(held.replies.map((r) => r.text).join("\n")).toContain("CBU/CVU");
  let reservationId = "";
  await expect
    .poll(async () => {
      reservationId = (await api("/v1/reservations?status=held", { token: tenant.token })).json.data.find((r: { guest: { name: string } }) => r.guest.name === name)?.id ?? "";
      return reservationId;
    }, eventually)
    .not.toBe("");
  const upload = await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${session.sessionId}/receipts`, {
    method: "POST",
    headers: { "content-type": "image/png", authorization: `Bearer ${session.token}` },
    body: PNG,
  });
  expect(upload.status).toBe(200);
  return { ...session, reservationId };
}

async function transferTenant() {
  const tenant = await signUpTenant();
  await createUnit(tenant, "Cabaña Robles");
  const saved = await api("/v1/settings/payments/transfer", { method: "PUT", token: tenant.token, body: { enabled: true, ...ACCOUNT } });
  expect(saved.status).toBe(200);
  return tenant;
}

describe("deposits paid by bank transfer", () => {
  it("settings: the account is checked (a mistyped CBU is named) and saved", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: /Seña por transferencia/ });
    await section.getByLabel("Aceptar la seña por transferencia").check();
    await section.getByLabel("CBU o CVU").fill("2850590940090418135202");
    await section.getByLabel("Alias").fill(ACCOUNT.alias);
    await section.getByLabel("CUIT del titular").fill(ACCOUNT.cuit);
    await section.getByLabel("Titular de la cuenta").fill(ACCOUNT.holderName);
    await section.getByRole("button", { name: "Guardar" }).click();
    await section.getByText("Revisá el CBU/CVU").waitFor();
    expect((await api("/v1/settings/payments/transfer", { token: tenant.token })).json.enabled).toBe(false);

    await section.getByLabel("CBU o CVU").fill(ACCOUNT.cbu);
    await section.getByRole("button", { name: "Guardar" }).click();
    await section.getByText("Sin Mercado Pago ni Stripe conectados").waitFor();
    expect((await api("/v1/settings/payments/transfer", { token: tenant.token })).json).toMatchObject({ enabled: true, cbu: ACCOUNT.cbu, cuit: "30712345671" });
    await screenshot(page, "settings-transfer");
    await context.close();
  });

  it("Today: a guest's receipt is shown and confirmed with one tap; the guest gets the code", async () => {
    const tenant = await transferTenant();
    const guest = await guestPaysByTransfer(tenant, "Lucía Transfiere");
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    const section = page.getByRole("region", { name: /Comprobantes por revisar/ });
    const item = section.getByRole("listitem").filter({ hasText: "Lucía Transfiere" });
    await item.getByRole("img", { name: "Comprobante de Lucía Transfiere" }).waitFor();
    await screenshot(page, "today-transfer-receipt");
    await item.getByRole("button", { name: "Confirmar seña" }).click();
    await section.getByText("No hay comprobantes esperando.").waitFor(eventually);
    expect((await api(`/v1/reservations/${guest.reservationId}`, { token: tenant.token })).json.status).toBe("confirmed");
    await expect
      .poll(async () => {
        const thread = await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${guest.sessionId}/messages`, { headers: { authorization: `Bearer ${guest.token}` } }).then((r) => r.json() as Promise<{ data: Array<{ text: string }> }>);
        return thread.data.map((m) => m.text).join("\n");
      }, eventually)
      .toMatch(/Confirmado.*Código RES/s);
    await context.close();
  });

  it("reservation view: a receipt is rejected with its reason; the guest is told why", async () => {
    const tenant = await transferTenant();
    const guest = await guestPaysByTransfer(tenant, "Hugo Rechazo");
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?id=${guest.reservationId}`);
    const item = page.getByRole("listitem").filter({ hasText: "Por revisar" });
    await item.getByLabel("Motivo del rechazo").selectOption({ label: "El monto no coincide" });
    await item.getByRole("button", { name: "Rechazar" }).click();
    await page.getByText("Rechazado", { exact: true }).waitFor(eventually);
    const reservation = (await api(`/v1/reservations/${guest.reservationId}`, { token: tenant.token })).json;
    expect(reservation).toMatchObject({ status: "held", receiptReceivedAt: null });
    const thread = await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${guest.sessionId}/messages`, { headers: { authorization: `Bearer ${guest.token}` } }).then((r) => r.json() as Promise<{ data: Array<{ text: string }> }>);
    expect(thread.data.at(-1)?.text).toContain("No pudimos validar tu comprobante: el monto no coincide con la seña");
    await context.close();
  });
});
