import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { followTiers } from "../../../workers/jobs/follow-tiers";
import { isUpgrade } from "../../../workers/communications/loyalty-upgrade";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import { futureDate } from "../support/reservations";
import { connectedTenant } from "../support/whatsapp-guest";
import { confirmedStay } from "../guest-portal/helpers";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const TIERS = [
  { name: "Plata", minStays: 2, discountPercent: 10, benefits: ["Late check-out sin cargo"] },
  { name: "Oro", minStays: 4, discountPercent: 15, benefits: [] },
];
// The connected tenant's WhatsApp guest, written the Argentine way.
const lucia = { guest: { name: "Lucía Gómez", phone: "+54 9 11 0000-0001" } };

interface Row {
  text: string;
  status: string;
  urgent: number;
  dedupe_key: string;
}
const upgradeMessages = async (tenantId: string) =>
  (await env.DB.prepare("SELECT text, status, urgent, dedupe_key FROM messages WHERE tenant_id = ? AND dedupe_key LIKE 'loyalty_upgrade:%'").bind(tenantId).all<Row>()).results;

describe("the loyalty upgrade message", () => {
  it("tells the guest once, through the loyalty_upgrade step's template in their language, when a confirmed stay lifts their tier; a redelivered batch sends nothing more", async () => {
    const { tenant, acc } = await connectedTenant();
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: TIERS } })).status).toBe(200);
    await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), lucia);
    // One stay is no tier: nothing said.
    const second = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), lucia);
    const [message] = await eventually(async () => {
      const rows = await upgradeMessages(tenant.tenantId);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(message!.text).toBe("¡Gracias por volver, Lucía! Ahora sos huésped Plata. Tus beneficios: 10 % de descuento en reservas directas, Late check-out sin cargo. ¡Te esperamos!");
    // Not urgent: quiet hours hold it back like any message Posada starts.
    expect(message!.urgent).toBe(0);

    // The same batch again (a queue redelivery): the tier is already recorded, nothing is sent.
    await followTiers(database(env.DB), env, tenant.tenantId, [second.id]);
    expect(await upgradeMessages(tenant.tenantId)).toHaveLength(1);

    // Losing Plata by a cancellation and regaining it by a new stay is not a new upgrade to tell.
    const guestId = (await call("GET", `/v1/reservations/${second.id}`, { token: tenant.token })).json.guestId as string;
    expect((await call("POST", `/v1/reservations/${second.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(2));
    await confirmedStay(tenant, acc, futureDate("04-01"), futureDate("04-03"), lucia);
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(3));
    expect(await upgradeMessages(tenant.tenantId)).toHaveLength(1);
  });

  it("is not sent while its step is paused", async () => {
    const { tenant, acc } = await connectedTenant();
    const steps = (await call("GET", "/v1/communications/steps", { token: tenant.token })).json.data as { id: string; kind: string }[];
    const step = steps.find((s) => s.kind === "loyalty_upgrade")!;
    expect((await call("PATCH", `/v1/communications/steps/${step.id}`, { token: tenant.token, body: { enabled: false } })).status).toBe(200);
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ ...TIERS[0], minStays: 1 }] } })).status).toBe(200);
    const stay = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), lucia);
    const guestId = await eventually(async () => {
      const id = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json.guestId as string;
      expect((await call("GET", `/v1/guests/${id}`, { token: tenant.token })).json.tierHistory).toHaveLength(1);
      return id;
    });
    expect(guestId).toMatch(/^gst_/);
    expect(await upgradeMessages(tenant.tenantId)).toEqual([]);
  });

  it("counts only a move up as an upgrade", () => {
    expect(isUpgrade(TIERS as never, { from: null, to: "Plata" })).toBe(true);
    expect(isUpgrade(TIERS as never, { from: "Plata", to: "Oro" })).toBe(true);
    expect(isUpgrade(TIERS as never, { from: "Oro", to: "Plata" })).toBe(false);
    expect(isUpgrade(TIERS as never, { from: "Plata", to: null })).toBe(false);
  });
});
