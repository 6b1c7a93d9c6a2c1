import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay, guestToken, portal, THREE_GUESTS } from "../guest-portal/helpers";

/** The guest a reservation is linked to, once the bookings queue has linked it. */
async function guestOfReservation(tenant: TestTenant, reservationId: string): Promise<string> {
  return eventually(async () => {
    const read = await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
}

async function book(tenant: TestTenant, acc: string, from: string, to: string, guest: Record<string, unknown>) {
  const created = await hold(tenant, acc, futureDate(from), futureDate(to), { guest });
  expect(created.status, created.text).toBe(201);
  return created.json.id as string;
}

describe("guest profiles", () => {
  it("finds one guest behind numbers written three ways, with both stays", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const first = await book(tenant, acc, "02-01", "02-03", { name: "Ana Pérez", phone: "+54 9 11 5555-0000" });
    const second = await book(tenant, acc, "02-10", "02-13", { name: "Ana Perez", phone: "011 15 5555-0000", email: "Ana@Example.test" });
    const third = await book(tenant, acc, "03-01", "03-02", { name: "Ana", phone: "1155550000" });
    const guestId = await guestOfReservation(tenant, first);
    expect(await guestOfReservation(tenant, second)).toBe(guestId);
    expect(await guestOfReservation(tenant, third)).toBe(guestId);

    const profile = await call("GET", `/v1/guests/${guestId}`, { token: tenant.token });
    expect(profile.status).toBe(200);
    expect(profile.json).toMatchObject({ id: guestId, name: "Ana Pérez", phone: "+5491155550000", email: "ana@example.test", tags: [], marketingConsent: false, anonymised: false });
    expect(profile.json.stays.map((s: { id: string }) => s.id).sort()).toEqual([first, second, third].sort());

    // Anyone else is someone else: another number, and the same number at another tenant.
    const stranger = await book(tenant, acc, "04-01", "04-02", { name: "Bruno", phone: "+54 9 351 444-5566" });
    expect(await guestOfReservation(tenant, stranger)).not.toBe(guestId);
    const other = await createTenant();
    const otherAcc = await createAccommodation(other, { minStay: 1 });
    const elsewhere = await book(other, otherAcc, "02-01", "02-03", { name: "Ana Pérez", phone: "+54 9 11 5555-0000" });
    expect(await guestOfReservation(other, elsewhere)).not.toBe(guestId);
    expect((await call("GET", `/v1/guests/${guestId}`, { token: other.token })).status).toBe(404);
    expect((await call("GET", "/v1/guests?q=ana", { token: other.token })).json.data.map((g: { id: string }) => g.id)).not.toContain(guestId);
  });

  it("counts stays, nights and spend from confirmed stays only", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-04"), { guest: { name: "Carla Ruiz", phone: "+54 9 294 411-2233" } });
    await book(tenant, acc, "06-01", "06-03", { name: "Carla Ruiz", phone: "0294 15 411-2233" });
    const guestId = await guestOfReservation(tenant, stay.id);
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.stays).toHaveLength(2));
    const profile = await call("GET", `/v1/guests/${guestId}`, { token: tenant.token });
    const total = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json.total;
    // The held stay is listed but counts for nothing; the confirmed one is ahead, so not completed yet.
    expect(profile.json.summary).toEqual({ completedStays: 0, confirmedStays: 1, nights: 3, spend: [total], lastCheckOut: null });
  });

  it("is searched by name without accents, phone in any format, email and tag", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const reservationId = await book(tenant, acc, "02-01", "02-03", { name: "Joaquín Gómez", phone: "+54 9 294 455-6677", email: "joaquin@example.test" });
    const id = await guestOfReservation(tenant, reservationId);
    const code = (await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token })).json.code as string;
    await guestOfReservation(tenant, await book(tenant, acc, "02-05", "02-06", { name: "Marta Díaz", phone: "+55 11 91234-5678" }));
    expect((await call("PATCH", `/v1/guests/${id}`, { token: tenant.token, body: { tags: ["VIP", "VIP", " no volver "] } })).json.tags).toEqual(["VIP", "no volver"]);
    const found = async (q: string) => (await call("GET", `/v1/guests?q=${encodeURIComponent(q)}`, { token: tenant.token })).json.data.map((g: { id: string }) => g.id);
    for (const q of ["gomez", "JOAQUÍN", "0294 15 455-6677", "+5492944556677", "4556677", "JOAQUIN@example.test", "vip", "no volver", code, code.toLowerCase()]) expect(await found(q), q).toEqual([id]);
    expect(await found("nadie")).toEqual([]);
    const listed = await call("GET", "/v1/guests", { token: tenant.token });
    expect(listed.json.data).toHaveLength(2);
    expect(listed.json.data.find((g: { id: string }) => g.id === id).summary).toMatchObject({ confirmedStays: 0 });
  });

  it("is edited by staff, refusing a bad phone with a 400 and another guest's phone with a 409", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const id = await guestOfReservation(tenant, await book(tenant, acc, "02-01", "02-03", { name: "Ana Pérez", phone: "+54 9 11 5555-0000" }));
    await guestOfReservation(tenant, await book(tenant, acc, "02-05", "02-06", { name: "Beto", phone: "+54 9 11 4444-0000" }));

    const edited = await call("PATCH", `/v1/guests/${id}`, { token: staff.token, body: { email: " ANA@Example.test ", lang: "pt", notes: "Prefiere planta baja", marketingConsent: true } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json).toMatchObject({ email: "ana@example.test", lang: "pt", notes: "Prefiere planta baja", marketingConsent: true });

    for (const body of [{ phone: "123" }, { email: "not-an-email" }, { tags: "VIP" }, { lang: "de" }, { name: "" }]) {
      const bad = await call("PATCH", `/v1/guests/${id}`, { token: tenant.token, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.headers.get("content-type")).toContain("application/problem+json");
    }
    const taken = await call("PATCH", `/v1/guests/${id}`, { token: tenant.token, body: { phone: "011 15 4444-0000", notes: "changed" } });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe("guest_contact_taken");
    // Nothing of the refused edit was written.
    expect((await call("GET", `/v1/guests/${id}`, { token: tenant.token })).json).toMatchObject({ phone: "+5491155550000", notes: "Prefiere planta baja" });
  });

  it("merges two profiles and undoes the merge exactly", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stayA = await book(tenant, acc, "02-01", "02-03", { name: "Ana Pérez", phone: "+54 9 11 5555-0000" });
    const stayB = await book(tenant, acc, "02-10", "02-12", { name: "Ana P.", email: "ana@example.test" });
    const a = await guestOfReservation(tenant, stayA);
    const b = await guestOfReservation(tenant, stayB);
    expect(a).not.toBe(b);
    await call("PATCH", `/v1/guests/${a}`, { token: tenant.token, body: { tags: ["VIP"], notes: "Viene con perro", marketingConsent: true } });
    await call("PATCH", `/v1/guests/${b}`, { token: tenant.token, body: { tags: ["familia"], notes: "Llega tarde" } });

    expect((await call("POST", `/v1/guests/${a}/merge`, { token: tenant.token, body: { otherId: a } })).status).toBe(422);
    const merged = await call("POST", `/v1/guests/${a}/merge`, { token: tenant.token, body: { otherId: b } });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.json.guest).toMatchObject({ id: a, tags: ["VIP", "familia"], notes: "Viene con perro\n\nLlega tarde", marketingConsent: false });
    const profile = (await call("GET", `/v1/guests/${a}`, { token: tenant.token })).json;
    expect(profile.stays.map((s: { id: string }) => s.id).sort()).toEqual([stayA, stayB].sort());
    expect(profile.contacts).toEqual(expect.arrayContaining([{ phone: "+5491155550000", email: null, profileId: a }, { phone: null, email: "ana@example.test", profileId: b }]));
    expect((await call("GET", `/v1/reservations/${stayB}`, { token: tenant.token })).json.guestId).toBe(a);
    expect((await call("GET", "/v1/guests?q=ana@example.test", { token: tenant.token })).json.data.map((g: { id: string }) => g.id)).toEqual([a]);
    // A new stay under the merged profile's email lands in the profile it lives in.
    const later = await book(tenant, acc, "03-01", "03-02", { name: "Ana", email: "ANA@example.test" });
    expect(await guestOfReservation(tenant, later)).toBe(a);
    // Merging twice is refused, and so is merging into the merged one.
    expect((await call("POST", `/v1/guests/${a}/merge`, { token: tenant.token, body: { otherId: b } })).json.code).toBe("guest_merged");
    expect((await call("PATCH", `/v1/guests/${b}`, { token: tenant.token, body: { notes: "x" } })).status).toBe(409);

    const undone = await call("POST", `/v1/guest-merges/${merged.json.mergeId}/undo`, { token: tenant.token });
    expect(undone.status, undone.text).toBe(200);
    expect(undone.json.target).toMatchObject({ id: a, tags: ["VIP"], notes: "Viene con perro", marketingConsent: true, mergedInto: null });
    expect(undone.json.other).toMatchObject({ id: b, tags: ["familia"], notes: "Llega tarde", mergedInto: null });
    expect((await call("GET", `/v1/guests/${a}`, { token: tenant.token })).json.stays.map((s: { id: string }) => s.id)).toEqual([stayA]);
    expect((await call("GET", `/v1/guests/${b}`, { token: tenant.token })).json.stays.map((s: { id: string }) => s.id).sort()).toEqual([stayB, later].sort());
    expect((await call("POST", `/v1/guest-merges/${merged.json.mergeId}/undo`, { token: tenant.token })).json.code).toBe("merge_undone");
  });

  it("links a WhatsApp thread to the guest its number names", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const id = await guestOfReservation(tenant, await book(tenant, acc, "02-01", "02-03", { name: "Ana Pérez", phone: "011 15 0000-0001" }));
    const { ensureConversation } = await import("../../../workers/guest-messaging/outbound");
    const { database } = await import("../../../workers/platform/db/client");
    const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000001", "Ana");
    const link = await env.DB.prepare("SELECT guest_id FROM guest_subjects WHERE subject_type = 'conversation' AND subject_id = ?").bind(conversation.id).first<{ guest_id: string }>();
    expect(link?.guest_id).toBe(id);
  });
});

describe("a guest's data on request (Ley 25.326)", () => {
  it("is exported whole, then erased from profiles, stays, threads and check-ins while report totals stay equal", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const guest = { name: "Lucía Gómez", phone: "+54 9 294 555-0199", email: "lucia@example.test" };
    const stay = await confirmedStay(tenant, acc, futureDate("07-01"), futureDate("07-04"), { guest, guests: 3 });
    const id = await guestOfReservation(tenant, stay.id);
    await call("PATCH", `/v1/guests/${id}`, { token: tenant.token, body: { notes: "Alérgica al gluten", tags: ["VIP"] } });
    const token = await guestToken(tenant, stay.id);
    expect((await portal("POST", token, "/check-in", THREE_GUESTS)).status).toBe(200);
    const { ensureConversation } = await import("../../../workers/guest-messaging/outbound");
    const { database } = await import("../../../workers/platform/db/client");
    const thread = await ensureConversation(database(env.DB), tenant.tenantId, "email", "lucia@example.test", "Lucía Gómez");
    await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status) VALUES (?, ?, ?, 'in', 'guest', 'Soy Lucía, DNI 30.123.456', 'received')")
      .bind(`msg_${crypto.randomUUID().slice(0, 20)}`, tenant.tenantId, thread.id)
      .run();
    const range = `from=${futureDate("07-01")}&to=${futureDate("07-31")}`;
    const before = await eventually(async () => {
      const kpis = await call("GET", `/v1/reports/kpis?${range}`, { token: tenant.token });
      expect(kpis.json.soldNights).toBe(3);
      return kpis.json;
    });

    // Staff may not export or erase; the owner may.
    expect((await call("GET", `/v1/guests/${id}/export`, { token: staff.token })).status).toBe(403);
    expect((await call("DELETE", `/v1/guests/${id}`, { token: staff.token })).status).toBe(403);
    const exported = await call("GET", `/v1/guests/${id}/export`, { token: tenant.token });
    expect(exported.status).toBe(200);
    expect(exported.json.guest).toMatchObject({ name: "Lucía Gómez", notes: "Alérgica al gluten" });
    expect(exported.json.reservations.map((r: { id: string }) => r.id)).toEqual([stay.id]);
    expect(exported.json.conversations.flatMap((c: { messages: { text: string }[] }) => c.messages.map((m) => m.text)).join("\n")).toContain("DNI 30.123.456");
    expect(exported.json.checkIns[0].guests).toHaveLength(3);

    const erased = await call("DELETE", `/v1/guests/${id}`, { token: tenant.token });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json).toEqual({ reservations: 1, conversations: 1 });
    await settleReadModel(acc);

    const personal = ["Lucía", "Gómez", "lucia@example.test", "5550199", "555-0199", "30.123.456", "Alérgica", "FX123456", "AB 123 CD"];
    const dump = async (sql: string, ...binds: unknown[]) => JSON.stringify((await env.DB.prepare(sql).bind(...binds).all()).results);
    await eventually(async () => {
      const rows = [
        await dump("SELECT * FROM guests WHERE tenant_id = ?", tenant.tenantId),
        await dump("SELECT * FROM reservations WHERE tenant_id = ?", tenant.tenantId),
        await dump("SELECT * FROM conversations WHERE tenant_id = ?", tenant.tenantId),
        await dump("SELECT * FROM messages WHERE tenant_id = ?", tenant.tenantId),
        await dump("SELECT * FROM guest_check_ins WHERE tenant_id = ?", tenant.tenantId),
      ].join("\n");
      for (const text of personal) expect(rows, text).not.toContain(text);
    });
    const read = await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token });
    expect(read.json).toMatchObject({ status: "confirmed", code: stay.code, guest: { name: "—", phone: null, email: null } });
    expect((await call("GET", `/v1/guests/${id}`, { token: tenant.token })).json).toMatchObject({ name: null, phone: null, email: null, notes: null, tags: [], anonymised: true });
    expect((await call("GET", "/v1/guests?q=lucia", { token: tenant.token })).json.data).toEqual([]);
    const after = await call("GET", `/v1/reports/kpis?${range}`, { token: tenant.token });
    expect({ ...after.json, generatedAt: undefined }).toEqual({ ...before, generatedAt: undefined });
    // Erasing again changes nothing and fails nothing.
    expect((await call("DELETE", `/v1/guests/${id}`, { token: tenant.token })).status).toBe(200);
  });
});
