import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakeWhatsApp } from "../support/fake-whatsapp";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  graph = new FakeWhatsApp().install();
});
afterEach(() => graph.uninstall());

const templatesOf = async (tenant: TestTenant) => (await call("GET", "/v1/communications/templates", { token: tenant.token })).json.data as { id: string; name: string }[];

async function mirroredHold(tenant: TestTenant, acc: string, guest: Record<string, unknown>, checkIn = futureDate("04-03"), checkOut = futureDate("04-06")) {
  const created = await hold(tenant, acc, checkIn, checkOut, { guest });
  expect(created.status).toBe(201);
  await eventually(async () => expect(await env.DB.prepare("SELECT id FROM reservations WHERE id = ?").bind(created.json.id).first()).not.toBeNull());
  return created.json;
}

describe("message templates", () => {
  it("creates, reads, edits and deletes a template per language", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/communications/templates", {
      token: tenant.token,
      body: { name: "Late check-out", bodies: { es: "Hola {guest.firstName}, podés salir a las 12.", en: "Hi {guest.firstName}, you may leave at noon." }, whatsapp: { name: "salida_tarde", language: "es_AR", parameters: ["guest.firstName"] } },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Late check-out", bodies: { es: expect.stringContaining("{guest.firstName}") }, whatsapp: { name: "salida_tarde" } });
    expect((await call("GET", `/v1/communications/templates/${created.json.id}`, { token: tenant.token })).json.name).toBe("Late check-out");
    const edited = await call("PATCH", `/v1/communications/templates/${created.json.id}`, { token: tenant.token, body: { bodies: { pt: "Olá {guest.firstName}" }, whatsapp: null } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ bodies: { pt: "Olá {guest.firstName}" }, whatsapp: null });
    expect((await call("DELETE", `/v1/communications/templates/${created.json.id}`, { token: tenant.token })).status).toBe(204);
    expect((await call("GET", `/v1/communications/templates/${created.json.id}`, { token: tenant.token })).status).toBe(404);
  });

  it("refuses unknown variables on save with a 422 naming each one, and writes nothing", async () => {
    const tenant = await createTenant();
    const before = (await templatesOf(tenant)).length;
    const refused = await call("POST", "/v1/communications/templates", {
      token: tenant.token,
      body: { name: "Typo", bodies: { es: "Hola {guest.firstname}, tu código es {codigoPuerta}" }, whatsapp: { name: "x", language: "es_AR", parameters: ["checkin"] } },
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("unknown_template_variables");
    expect(refused.json.variables).toEqual(expect.arrayContaining(["guest.firstname", "codigoPuerta", "checkin"]));
    expect(refused.json.errors).toEqual(expect.arrayContaining([{ path: "bodies.es", message: "unknown variable {codigoPuerta}" }, { path: "whatsapp.parameters.0", message: "unknown variable checkin" }]));
    expect((await templatesOf(tenant)).length).toBe(before);

    const existing = (await templatesOf(tenant))[0]!;
    const patched = await call("PATCH", `/v1/communications/templates/${existing.id}`, { token: tenant.token, body: { bodies: { es: "Hola {huésped}" } } });
    // Not a variable name at all (an accent): left as text, so the save goes through.
    expect(patched.status).toBe(200);
    const typo = await call("PATCH", `/v1/communications/templates/${existing.id}`, { token: tenant.token, body: { bodies: { es: "Entrada {checkInn}" } } });
    expect(typo.status).toBe(422);
    expect((await call("GET", `/v1/communications/templates/${existing.id}`, { token: tenant.token })).json.bodies.es).toBe("Hola {huésped}");

    for (const body of [{ name: "", bodies: { es: "x" } }, { name: "x", bodies: {} }, { name: "x", bodies: { fr: "Bonjour" } }, { name: "x", bodies: { es: "x" }, whatsapp: { name: "Bad Name", language: "es_AR", parameters: [] } }]) {
      const response = await call("POST", "/v1/communications/templates", { token: tenant.token, body });
      expect([400, 422], JSON.stringify(body)).toContain(response.status);
    }
  });

  it("will not delete a template a step sends, and staff may not write templates", async () => {
    const tenant = await createTenant();
    const steps = (await call("GET", "/v1/communications/steps", { token: tenant.token })).json.data;
    const used = await call("DELETE", `/v1/communications/templates/${steps[0].templateId}`, { token: tenant.token });
    expect(used.status).toBe(409);
    expect(used.json.code).toBe("template_in_use");
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/communications/templates", { token: staff.token })).status).toBe(200);
    expect((await call("POST", "/v1/communications/templates", { token: staff.token, body: { name: "x", bodies: { es: "x" } } })).status).toBe(403);
  });

  it("previews a template against a real reservation with the unit's values, dates and money the guest's way", async () => {
    const tenant = await createTenant();
    await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: { address: "Ruta 40 km 2, Villa La Angostura", cancellationPolicy: null, houseRules: null } });
    const acc = await createAccommodation(tenant, { minStay: 1, doorCode: "4821#", wifi: "Coihue / pino2026", directions: "Después del puente, segunda tranquera" });
    const unit = await call("GET", `/v1/accommodations/${acc}`, { token: tenant.token });
    expect(unit.json).toMatchObject({ doorCode: "4821#", wifi: "Coihue / pino2026", directions: "Después del puente, segunda tranquera", mapsUrl: null });
    const reservation = await mirroredHold(tenant, acc, { name: "Ana Pérez", phone: "+54 9 294 555-0101" }, futureDate("04-03"), futureDate("04-06"));
    const template = await call("POST", "/v1/communications/templates", {
      token: tenant.token,
      body: {
        name: "Todo",
        bodies: { es: "{guest.firstName} {reservation.code} {checkIn}-{checkOut} {unit.name} {doorCode} {wifi} {directions} {balance} {mapsUrl}", en: "{guest.firstName} {checkIn} {balance}" },
        whatsapp: { name: "todo", language: "es_AR", parameters: ["doorCode", "paymentUrl"] },
      },
    });
    const preview = await call("POST", `/v1/communications/templates/${template.json.id}/preview`, { token: tenant.token, body: { reservationId: reservation.id } });
    expect(preview.status).toBe(200);
    // Nothing paid yet: the balance is the whole total, written the guest's way.
    const major = reservation.total.amount / 100;
    expect(preview.json.lang).toBe("es");
    expect(preview.json.text).toBe(
      `Ana ${reservation.code} 3/4-6/4 Cabaña Coihue 4821# Coihue / pino2026 Después del puente, segunda tranquera $${major.toLocaleString("es-AR")} https://www.google.com/maps/search/?api=1&query=Ruta%2040%20km%202%2C%20Villa%20La%20Angostura`,
    );
    expect(preview.json.whatsapp).toEqual({ name: "todo", language: "es_AR", parameters: ["4821#", "-"] });
    const english = await call("POST", `/v1/communications/templates/${template.json.id}/preview`, { token: tenant.token, body: { reservationId: reservation.id, lang: "en" } });
    expect(english.json.text).toBe(`Ana Apr 3 $${major.toLocaleString("en-US")}`);

    const other = await createTenant();
    expect((await call("POST", `/v1/communications/templates/${template.json.id}/preview`, { token: other.token, body: { reservationId: reservation.id } })).status).toBe(404);
    const otherTemplate = (await templatesOf(other))[0]!;
    expect((await call("POST", `/v1/communications/templates/${otherTemplate.id}/preview`, { token: other.token, body: { reservationId: reservation.id } })).status).toBe(404);
  });

  it("sends a template now through the same pipeline, and says so when the guest cannot be reached", async () => {
    const tenant = await createTenant();
    await connectWhatsApp(tenant);
    const acc = await createAccommodation(tenant, { minStay: 1, doorCode: "9090" });
    const reachable = await mirroredHold(tenant, acc, { name: "Ana Pérez", phone: "+54 9 294 555-0101" }, futureDate("04-10"), futureDate("04-12"));
    const template = (await call("POST", "/v1/communications/templates", { token: tenant.token, body: { name: "Código", bodies: { es: "Tu código: {doorCode}" }, whatsapp: { name: "codigo_puerta", language: "es_AR", parameters: ["doorCode"] } } })).json;
    const staff = await addMember(tenant, "staff");
    const sent = await call("POST", "/v1/communications/send", { token: staff.token, body: { templateId: template.id, reservationId: reachable.id } });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({ channel: "whatsapp", messageId: expect.any(String) });
    const thread = await call("GET", `/v1/conversations/${sent.json.conversationId}/messages`, { token: tenant.token });
    expect(thread.json.data.at(-1)).toMatchObject({ text: "Tu código: 9090" });
    // No guest message yet, so the 24-hour window is closed: the approved template goes.
    await eventually(async () => expect(graph.sent.some((s) => (s.body as { template?: { name: string } }).template?.name === "codigo_puerta")).toBe(true));

    const unreachable = await mirroredHold(tenant, acc, { name: "Bruno Díaz", email: "bruno@example.test" }, futureDate("04-20"), futureDate("04-22"));
    const refused = await call("POST", "/v1/communications/send", { token: tenant.token, body: { templateId: template.id, reservationId: unreachable.id } });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("no_channel");
    expect((await call("POST", "/v1/communications/send", { token: tenant.token, body: { templateId: template.id, reservationId: reachable.id, channel: "email" } })).status).toBe(422);
    expect((await call("POST", "/v1/communications/send", { token: tenant.token, body: { templateId: template.id, reservationId: "res_nope" } })).status).toBe(404);
  });
});
