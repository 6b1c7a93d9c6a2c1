import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { api, signUpTenant } from "./support/tenant";

// The test's "lodging website" is a public origin while Posada runs on loopback here; Chromium
// would block that as a local-network request, which in production (both public) never arises.
const browser = useBrowser(["--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"]);

// The lodging's own website, on another origin, embedding the widget with one script tag.
// (http, like the local server: an https page may not load an http script.)
const HOST_PAGE = "http://cabanas.example/";
const hostPage = (slug: string) => `<!doctype html><html lang="es"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cabañas</title></head>
<body><h1>Cabañas del Lago</h1><script src="${baseUrl()}/chat-widget.js" data-tenant="${slug}" data-lang="es" async></script></body></html>`;

describe("the embeddable web chat widget", () => {
  it("chats from another website, hears staff live, and keeps the thread across a reload", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    await context.route(HOST_PAGE, (route) => route.fulfill({ contentType: "text/html", body: hostPage(tenant.slug) }));
    const page = await context.newPage();
    await page.goto(HOST_PAGE);

    await page.getByRole("button", { name: "Chateá con nosotros" }).click();
    const chat = page.getByRole("dialog", { name: "¿Te ayudamos con tu reserva?" });
    await chat.getByLabel("Escribí tu mensaje…").fill("hola!");
    await chat.getByRole("button", { name: "Enviar" }).click();
    await expect.poll(() => chat.getByRole("log").innerText(), { timeout: 15_000 }).toMatch(/fechas/);

    const conversations = await api("/v1/conversations", { token: tenant.token });
    const [conversation] = conversations.json.data;
    await api(`/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "Hola! Soy Marta, de recepción 👋" } });
    await expect.poll(() => chat.getByRole("log").innerText(), { timeout: 15_000 }).toContain("Soy Marta, de recepción");
    await screenshot(page, "chat-widget-phone");

    await page.reload();
    await page.getByRole("button", { name: "Chateá con nosotros" }).click();
    await expect.poll(() => page.getByRole("log").innerText(), { timeout: 15_000 }).toMatch(/hola![\s\S]*fechas[\s\S]*Soy Marta/);
    await context.close();
  });

  it("takes a transfer receipt from the visitor's phone and says plainly when no hold waits for one", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    await context.route(HOST_PAGE, (route) => route.fulfill({ contentType: "text/html", body: hostPage(tenant.slug) }));
    const page = await context.newPage();
    await page.goto(HOST_PAGE);
    await page.getByRole("button", { name: "Chateá con nosotros" }).click();
    const chat = page.getByRole("dialog", { name: "¿Te ayudamos con tu reserva?" });

    // A real PNG's first bytes: the server checks them against the declared type.
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await chat.getByLabel("Adjuntar el comprobante de la transferencia").setInputFiles({ name: "transferencia.png", mimeType: "image/png", buffer: png });
    await expect.poll(() => chat.getByRole("log").innerText(), { timeout: 15_000 }).toContain("Comprobante: transferencia.png");
    await expect.poll(() => chat.getByRole("status").innerText(), { timeout: 15_000 }).toContain("Todavía no tenés una pre-reserva esperando una transferencia");

    await chat.getByLabel("Adjuntar el comprobante de la transferencia").setInputFiles({ name: "notas.txt", mimeType: "text/plain", buffer: Buffer.from("hola") });
    await expect.poll(() => chat.getByRole("status").innerText(), { timeout: 15_000 }).toContain("Mandá el comprobante como foto");
    await context.close();
  });
});
