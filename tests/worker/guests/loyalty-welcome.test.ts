import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { recordedTier } from "../support/loyalty";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import { futureDate } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { connectedTenant } from "../support/whatsapp-guest";
import { confirmedStay } from "../guest-portal/helpers";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const WELCOME = "¡Qué alegría tenerte de vuelta! Te espera un vino de la casa.";
const TIERS = [
  { name: "Bronce", minStays: 1, benefits: [] },
  { name: "Plata", minStays: 2, discountPercent: 10, welcomeText: WELCOME },
];
const lucia = { guest: { name: "Lucía Gómez", phone: "+54 9 11 0000-0001" } };
const pedro = { guest: { name: "Pedro Ruiz", phone: "+54 9 11 0000-0002" } };

const stepMessages = async (reservationId: string) =>
  (await env.DB.prepare("SELECT text FROM messages WHERE dedupe_key IN (SELECT 'step:' || id || ':' || ?1 FROM message_steps WHERE kind = 'confirmation')").bind(reservationId).all<{ text: string }>()).results;

describe("a tier's welcome text", () => {
  it("is its own field of a tier: saved, read back, and null for a tier without one or tiers saved before it existed", async () => {
    const tenant = await createTenant();
    const put = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [...TIERS.slice(0, 1), { ...TIERS[1], welcomeText: `  ${WELCOME}\n` }] } });
    expect(put.status, put.text).toBe(200);
    expect(put.json.tiers.map((t: { welcomeText: string | null }) => t.welcomeText)).toEqual([null, WELCOME]);
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json.tiers[1]).toEqual({ name: "Plata", minStays: 2, minNights: null, discountPercent: 10, benefits: [], welcomeText: WELCOME, freeExtras: [] });

    // Tiers stored before the field existed are read as having no welcome text.
    await env.DB.prepare("UPDATE loyalty_tiers SET tiers = ? WHERE tenant_id = ?")
      .bind(JSON.stringify([{ name: "Oro", minStays: 3, minNights: null, discountPercent: 15, benefits: ["Vino de bienvenida"] }]), tenant.tenantId)
      .run();
    const old = await call("GET", "/v1/loyalty/tiers", { token: tenant.token });
    expect(old.status).toBe(200);
    expect(old.json.tiers).toEqual([{ name: "Oro", minStays: 3, minNights: null, discountPercent: 15, benefits: ["Vino de bienvenida"], welcomeText: null, freeExtras: [] }]);
  });

  it("longer than 500 characters is refused with a 422 that says which tier and how long, and nothing is saved", async () => {
    const tenant = await createTenant();
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: TIERS } })).status).toBe(200);
    // 500 characters (an emoji counts as one) are fine; 501 are not.
    const fits = `${"a".repeat(498)}🍷!`;
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [TIERS[0], { ...TIERS[1], welcomeText: fits }] } })).status).toBe(200);
    const tooLong = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [TIERS[0], { ...TIERS[1], welcomeText: `${fits}!` }] } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.headers.get("content-type")).toContain("application/problem+json");
    expect(tooLong.json.code).toBe("welcome_text_too_long");
    expect(tooLong.json.errors).toEqual([{ path: "tiers.1.welcomeText", message: "the welcome text of Plata is 501 characters long; at most 500" }]);
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json.tiers[1].welcomeText).toBe(fits);
  });

  it("reaches a guest of the tier through {loyaltyWelcome} in their confirmation, and is empty for a guest without the tier", async () => {
    const { tenant, acc } = await connectedTenant();
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: TIERS } })).status).toBe(200);
    // Lucía's two stays make her Plata; Pedro's one makes him Bronce, a tier without a welcome.
    await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), lucia);
    const second = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), lucia);
    const pedroStay = await confirmedStay(tenant, acc, futureDate("04-01"), futureDate("04-03"), pedro);
    const luciaId = await eventually(async () => {
      const id = (await call("GET", `/v1/reservations/${second.id}`, { token: tenant.token })).json.guestId as string;
      expect(await recordedTier(tenant, id)).toBe("Plata");
      return id;
    });
    await eventually(async () => {
      const id = (await call("GET", `/v1/reservations/${pedroStay.id}`, { token: tenant.token })).json.guestId as string;
      expect(await recordedTier(tenant, id)).toBe("Bronce");
    });
    expect(luciaId).toMatch(/^gst_/);

    // Her next confirmation carries the welcome on a line of its own after the stock text (the empty address went with its label).
    const third = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-03"), lucia);
    const [message] = await eventually(async () => {
      const rows = await stepMessages(third.id);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(message!.text.endsWith(`10:00.\n${WELCOME}`), message!.text).toBe(true);
    expect(message!.text).toMatch(/^¡Listo, Lucía! Tu reserva/);

    // The same template for Pedro's stay: nothing where the welcome would be, no empty lines left.
    const templates = (await call("GET", "/v1/communications/templates", { token: tenant.token })).json.data as { id: string; bodies: { es: string } }[];
    const confirmation = templates.find((t) => t.bodies.es.includes("{loyaltyWelcome}"))!;
    const forPedro = await call("POST", `/v1/communications/templates/${confirmation.id}/preview`, { token: tenant.token, body: { reservationId: pedroStay.id } });
    expect(forPedro.status, forPedro.text).toBe(200);
    expect(forPedro.json.text).not.toContain(WELCOME);
    expect(forPedro.json.text).toMatch(/^¡Listo, Pedro! .*[^\n]$/s);
    expect(forPedro.json.text).not.toContain("\n");
    const forLucia = await call("POST", `/v1/communications/templates/${confirmation.id}/preview`, { token: tenant.token, body: { reservationId: third.id, lang: "en" } });
    expect(forLucia.json.text).toMatch(/^All set, Lucía!/);
    expect(forLucia.json.text).toContain(WELCOME);
  });

  it("is a variable a template may use, and a misspelt one is still refused", async () => {
    const tenant = await createTenant();
    const ok = await call("POST", "/v1/communications/templates", { token: tenant.token, body: { name: "Bienvenida", bodies: { es: "Hola {guest.firstName}. {loyaltyWelcome}" } } });
    expect(ok.status, ok.text).toBe(201);
    const typo = await call("POST", "/v1/communications/templates", { token: tenant.token, body: { name: "Bienvenida", bodies: { es: "Hola {guest.firstName}. {loyaltyWelcom}" } } });
    expect(typo.status).toBe(422);
    expect(typo.json.code).toBe("unknown_template_variables");
  });
});
