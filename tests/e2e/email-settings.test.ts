import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { FAKE_RESEND_KEY, FAKE_RESEND_VERIFIED_DOMAIN } from "./support/fake-resend";
import { api, signUpTenant } from "./support/tenant";

const browser = useBrowser();
const NARROW = { width: 360, height: PHONE.height };
const WRONG_KEY = "re_e2e_wrong_key_123";
const WEBHOOK_SECRET = `whsec_${Buffer.from("posada-e2e-webhook-signing-secret").toString("base64")}`;

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's WCAG A/AA rules on the email form and the outbox panel: each violation as "rule: element". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type Result = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run({ include: [["section[aria-labelledby='email-settings']"], ["#outbox"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
  });
}

/** How much wider than the screen the page is (0 when nothing sticks out). */
const overflow = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

describe("email settings", () => {
  it("saves the sender and Resend secrets without showing them back, keeps them on a later save, and says what the connection test found", async () => {
    const tenant = await signUpTenant();
    const inboundDomain = `respuestas-${Date.now().toString(36)}.example.com`;
    const context = await openContext(browser(), { viewport: NARROW });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: /^Email\b/ });
    await section.getByText("Sin configurar").waitFor();
    await section.getByText("Qué hay que preparar").waitFor();
    expect(await section.getByTestId("resend-webhook-url").innerText()).toBe(`${baseUrl()}/webhooks/resend/${tenant.tenantId}`);

    // The first save with Resend: both secrets, a sender whose domain Resend has not verified, and a key Resend refuses.
    await section.getByLabel("Email del remitente").fill("reservas@pendiente.example.com");
    await section.getByLabel("Nombre del remitente (opcional)").fill("Cabañas del Lago");
    await section.getByLabel("Dominio para las respuestas").fill(inboundDomain);
    await section.getByLabel("Clave de API de Resend").fill(WRONG_KEY);
    await section.getByLabel("Secreto de firma del webhook de Resend").fill(WEBHOOK_SECRET);
    await section.getByRole("button", { name: "Guardar" }).click();
    const stored = async () => (await api("/v1/settings/email", { token: tenant.token })).json;
    await expect.poll(stored, { timeout: 15_000 }).toMatchObject({ configured: true, provider: "resend", fromAddress: "reservas@pendiente.example.com", resendApiKeyStored: true, resendWebhookSecretStored: true });

    await page.reload();
    await section.getByText("Configurado · reservas@pendiente.example.com").waitFor();
    const keyField = section.getByLabel("Clave de API de Resend");
    expect(await keyField.inputValue()).toBe("");
    expect(await keyField.getAttribute("placeholder")).toBe("Guardada");
    expect(await section.innerText()).toContain("Guardada: dejala vacía para mantenerla; nunca la mostramos.");
    expect(await section.getByLabel("Email del remitente").inputValue()).toBe("reservas@pendiente.example.com");
    const html = await page.content();
    expect(html).not.toContain(WRONG_KEY);
    expect(html).not.toContain(WEBHOOK_SECRET);

    const test = section.getByRole("button", { name: "Probar conexión: Resend" });
    const result = section.getByRole("status");
    await test.click();
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toBe("Resend no aceptó la clave guardada: revisá que la copiaste entera y que sea la de producción.");

    // Only the key replaced: the webhook secret stays; now the sender's domain is what is missing.
    await keyField.fill(FAKE_RESEND_KEY);
    await section.getByRole("button", { name: "Guardar" }).click();
    // Saved once the key field empties again. A test started before that is about the old settings,
    // and the form drops its answer when the save lands.
    await expect.poll(() => keyField.inputValue(), { timeout: 15_000 }).toBe("");
    await section.getByRole("button", { name: "Probar conexión: Resend" }).click();
    await expect.poll(() => section.getByRole("status").innerText(), { timeout: 15_000 }).toMatch(/^Resend todavía no verificó el dominio del remitente/);
    expect((await stored()).resendWebhookSecretStored).toBe(true);

    // A verified sender, both secrets left empty: they are kept and the test passes.
    await section.getByLabel("Email del remitente").fill(`reservas@${FAKE_RESEND_VERIFIED_DOMAIN}`);
    await section.getByRole("button", { name: "Guardar" }).click();
    await section.getByText(`Configurado · reservas@${FAKE_RESEND_VERIFIED_DOMAIN}`).waitFor();
    await section.getByRole("button", { name: "Probar conexión: Resend" }).click();
    await expect.poll(() => section.getByRole("status").innerText(), { timeout: 15_000 }).toBe(`Conectado ✓ (Resend · reservas@${FAKE_RESEND_VERIFIED_DOMAIN})`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "settings-email-phone");

    // Cloudflare's Email Routing: no Resend fields, its own setup step, the binding answers the test.
    await section.getByLabel("Cómo se envían los emails").selectOption("cloudflare");
    expect(await section.getByLabel("Clave de API de Resend").count()).toBe(0);
    await section.getByText(/^En Cloudflare → Email → Email Routing/).waitFor();
    await section.getByRole("button", { name: "Guardar" }).click();
    await expect.poll(stored, { timeout: 15_000 }).toMatchObject({ provider: "cloudflare", resendApiKeyStored: false, resendWebhookSecretStored: false });
    await section.getByRole("button", { name: "Probar conexión: Cloudflare Email Routing" }).click();
    await expect.poll(() => section.getByRole("status").innerText(), { timeout: 15_000 }).toBe(`Conectado ✓ (Cloudflare Email Routing · reservas@${FAKE_RESEND_VERIFIED_DOMAIN})`);
    await context.close();
  });

  it("says in Spanish which field is wrong and when another account already receives mail at the domain", async () => {
    const other = await signUpTenant("Hostería Vecina");
    const taken = `tomado-${Date.now().toString(36)}.example.com`;
    expect((await api("/v1/settings/email", { method: "PUT", token: other.token, body: { provider: "cloudflare", fromAddress: `hola@${taken}`, inboundDomain: taken } })).status).toBe(200);

    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: NARROW });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: /^Email\b/ });
    await section.getByLabel("Cómo se envían los emails").selectOption("cloudflare");
    await section.getByLabel("Email del remitente").fill("reservas@example.com");
    await section.getByLabel("Dominio para las respuestas").fill("https://no-es-un-dominio");
    await section.getByRole("button", { name: "Guardar" }).click();
    await section.getByText("Escribí solo el dominio, sin @ ni https://, por ejemplo respuestas.tualojamiento.com.ar.").waitFor();

    await section.getByLabel("Dominio para las respuestas").fill(taken);
    await section.getByRole("button", { name: "Guardar" }).click();
    await page.getByText("Ese dominio para respuestas ya recibe el email de otra cuenta de Posada; usá otro, por ejemplo un subdominio tuyo.").waitFor();
    expect((await api("/v1/settings/email", { token: tenant.token })).json.configured).toBe(false);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe("the email form after a save", () => {
  it("keeps what the owner typed while the saved settings were reloading", async () => {
    const tenant = await signUpTenant();
    const domain = `respuestas-${Date.now().toString(36)}.example.com`;
    expect((await api("/v1/settings/email", { method: "PUT", token: tenant.token, body: { provider: "cloudflare", fromAddress: "hola@example.com", inboundDomain: domain } })).status).toBe(200);
    const context = await openContext(browser(), { viewport: NARROW });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: /^Email\b/ });
    await section.getByText("Configurado · hola@example.com").waitFor();

    // The reload that follows the save answers late, after the owner already typed a new sender.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let held = false;
    await page.route("**/v1/settings/email", async (route) => {
      if (route.request().method() === "GET" && !held) {
        held = true;
        await answered;
      }
      await route.continue();
    });
    await section.getByLabel("Nombre del remitente (opcional)").fill("Cabañas del Lago");
    await section.getByRole("button", { name: "Guardar" }).click();
    await expect.poll(() => held).toBe(true);
    await section.getByLabel("Email del remitente").fill("reservas@example.com");
    const reloaded = page.waitForResponse((response) => response.url().endsWith("/v1/settings/email") && response.request().method() === "GET");
    answer();
    await reloaded;
    await section.getByText("Configurado · hola@example.com").waitFor();
    expect(await section.getByLabel("Email del remitente").inputValue()).toBe("reservas@example.com");

    await section.getByRole("button", { name: "Guardar" }).click();
    await section.getByText("Configurado · reservas@example.com").waitFor();
    expect((await api("/v1/settings/email", { token: tenant.token })).json).toMatchObject({ fromAddress: "reservas@example.com", fromName: "Cabañas del Lago" });
    await context.close();
  });
});

describe("the development outbox", () => {
  it("lists the email a staff reply sent to a guest, and opens it to its text", async () => {
    const tenant = await signUpTenant();
    const inbound = await api("/v1/communications/messages/inbound", { token: tenant.token, body: { channel: "email", sender: "ana.guest@example.org", body: "Hola, ¿tienen lugar para el finde largo?" } });
    expect(inbound.status).toBe(201);
    const reply = "Hola Ana, sí: tenemos la Cabaña Coihue libre del viernes al lunes. Te esperamos en https://posada.example/reservar?unidad=coihue&noches=3&origen=email-de-prueba-con-un-enlace-largo";
    expect((await api(`/v1/conversations/${inbound.json.conversationId}/messages`, { token: tenant.token, body: { text: reply } })).status).toBeLessThan(300);
    const outbox = async () => (await api("/v1/communications/outbox", { token: tenant.token })).json.data as Array<{ to: string; subject: string; status: string }>;
    await expect.poll(outbox, { timeout: 30_000, interval: 500 }).toEqual([expect.objectContaining({ to: "ana.guest@example.org" })]);
    const [sent] = await outbox();

    const context = await openContext(browser(), { viewport: NARROW });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const panel = page.getByRole("region", { name: "Emails enviados (desarrollo)" });
    const email = panel.getByRole("listitem").filter({ hasText: sent!.subject });
    await email.getByText("Para: ana.guest@example.org").waitFor();
    expect(await email.innerText()).toContain("aceptado");
    expect(await email.getByText(reply.slice(0, 20)).isVisible()).toBe(false);
    await email.getByText(sent!.subject).click();
    await expect.poll(() => email.locator("pre").innerText()).toContain(reply);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "settings-outbox-phone");
    await context.close();
  });
});
