import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { linkReservationGuests } from "../../../workers/guests/link-subjects";
import { database } from "../../../workers/platform/db/client";
import { createAccommodation } from "../support/accommodations";
import { countingD1 } from "../support/counting-d1";
import { createTenant, type TestTenant } from "../support/tenant";

// Reservations written straight into the read model: no calendar object, so no queue links them first.
async function stay(tenant: TestTenant, acc: string, guest: { name: string; phone?: string; email?: string }, conversationId: string | null = null) {
  const id = `res_burst_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await env.DB.prepare(
    `INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, guest_phone, guest_email, source, total_amount, deposit_amount, currency, conversation_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'held', '2031-01-10', '2031-01-12', 2, ?, ?, ?, 'direct', 100, 30, 'ARS', ?, 1, 1)`,
  )
    .bind(id, tenant.tenantId, acc, id, guest.name, guest.phone ?? null, guest.email ?? null, conversationId)
    .run();
  return id;
}

const linkOf = (tenantId: string, subjectId: string) =>
  env.DB.prepare(`SELECT guest_id AS guestId FROM guest_subjects WHERE tenant_id = ? AND subject_id = ?`).bind(tenantId, subjectId).first<{ guestId: string }>();
const guestRow = (id: string) => env.DB.prepare(`SELECT name, phone, email FROM guests WHERE id = ?`).bind(id).first<{ name: string; phone: string | null; email: string | null }>();

describe("linking a burst of reservations to their guests", () => {
  it("costs the same few round trips for 40 stays as for 4, and links each to the right profile", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const link = async (ids: string[]) => {
      const counted = countingD1(env.DB);
      const gained = await linkReservationGuests(database(counted.db), tenant.tenantId, ids);
      return { gained, roundTrips: counted.roundTrips() };
    };
    const few = await Promise.all(Array.from({ length: 4 }, (_, i) => stay(tenant, acc, { name: `Ana ${i}`, phone: `+54 9 294 410-${String(1000 + i)}` })));
    const many = await Promise.all(Array.from({ length: 40 }, (_, i) => stay(tenant, acc, { name: `Beto ${i}`, phone: `+54 9 294 420-${String(1000 + i)}` })));
    const small = await link(few);
    const large = await link(many);
    expect(small.gained).toHaveLength(4);
    expect(large.gained).toHaveLength(40);
    // Read links and stays, read profiles, insert profiles, insert links: four, whatever the size.
    expect(small.roundTrips).toBe(4);
    expect(large.roundTrips).toBe(4);
    for (const [i, id] of many.entries()) {
      const linked = await linkOf(tenant.tenantId, id);
      expect((await guestRow(linked!.guestId))?.phone).toBe(`+549294420${1000 + i}`);
    }
    // Linked already: a redelivery reads the links (and the stays beside them) and stops.
    const again = await link(many);
    expect(again).toEqual({ gained: [], roundTrips: 1 });
  });

  it("makes one profile for a new guest met twice in the batch, which gains the email the second stay brings", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const first = await stay(tenant, acc, { name: "Carla Ruiz", phone: "0294 15 430-1000" });
    const second = await stay(tenant, acc, { name: "Carla", phone: "+5492944301000", email: "Carla@Example.com" });
    const gained = await linkReservationGuests(database(env.DB), tenant.tenantId, [first, second]);
    expect(gained).toHaveLength(1);
    const a = await linkOf(tenant.tenantId, first);
    const b = await linkOf(tenant.tenantId, second);
    expect(a?.guestId).toBe(b?.guestId);
    expect(await guestRow(a!.guestId)).toEqual({ name: "Carla Ruiz", phone: "+5492944301000", email: "carla@example.com" });
  });

  it("links a known guest by email when the phone is new to them, and completes the profile one by one", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const earlier = await stay(tenant, acc, { name: "Diego", email: "diego@example.com" });
    await linkReservationGuests(database(env.DB), tenant.tenantId, [earlier]);
    const profile = (await linkOf(tenant.tenantId, earlier))!.guestId;

    const later = await stay(tenant, acc, { name: "Diego", phone: "+54 9 294 440-1000", email: "diego@example.com" });
    await linkReservationGuests(database(env.DB), tenant.tenantId, [later]);
    expect((await linkOf(tenant.tenantId, later))?.guestId).toBe(profile);
    expect((await guestRow(profile))?.phone).toBe("+5492944401000");
  });

  it("gives a name-only stay its own profile, the same one on a redelivery", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const walkIn = await stay(tenant, acc, { name: "Walk-in Eva" });
    await linkReservationGuests(database(env.DB), tenant.tenantId, [walkIn]);
    const profile = (await linkOf(tenant.tenantId, walkIn))!.guestId;
    expect(await guestRow(profile)).toEqual({ name: "Walk-in Eva", phone: null, email: null });
    await env.DB.prepare(`DELETE FROM guest_subjects WHERE subject_id = ?`).bind(walkIn).run();
    await linkReservationGuests(database(env.DB), tenant.tenantId, [walkIn]);
    expect((await linkOf(tenant.tenantId, walkIn))?.guestId).toBe(profile);
  });

  it("links to the profile another delivery made meanwhile when both met the same new guest", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => stay(tenant, acc, { name: `Fede ${i}`, phone: "+54 9 294 450-1000" })));
    // Two consumers with overlapping batches, at once: one profile wins the phone; every stay is linked to it.
    await Promise.all([linkReservationGuests(database(env.DB), tenant.tenantId, ids.slice(0, 4)), linkReservationGuests(database(env.DB), tenant.tenantId, ids.slice(2))]);
    const profiles = new Set(await Promise.all(ids.map(async (id) => (await linkOf(tenant.tenantId, id))?.guestId)));
    expect(profiles.size).toBe(1);
    const count = await env.DB.prepare(`SELECT count(*) AS n FROM guests WHERE tenant_id = ? AND phone = '+5492944501000'`).bind(tenant.tenantId).first<{ n: number }>();
    expect(count?.n).toBe(1);
  });
});
