import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

const ics = (start: string, end: string) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar//EN", "BEGIN:VEVENT", "UID:codes@airbnb.com", `DTSTART;VALUE=DATE:${start.replaceAll("-", "")}`, `DTEND;VALUE=DATE:${end.replaceAll("-", "")}`, "SUMMARY:Reserved", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

const upload = (token: string, feedId: string, body: string) => call("POST", `/v1/ical-feeds/${feedId}/import`, { token, rawBody: body, headers: { "content-type": "text/calendar" } });

describe("what a console needs to say things in its reader's language", () => {
  it("gives every alert a code and its specifics as parameters, beside the English message", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { minStay: 1 });
    const guest = (await hold(tenant, unit, futureDate("04-10"), futureDate("04-13"))).json;
    await settleReadModel(unit);
    const feed = (await call("POST", `/v1/accommodations/${unit}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.ota.fake/codes.ics", source: "airbnb", name: "Airbnb principal" } })).json;
    expect((await upload(tenant.token, feed.id, ics(futureDate("04-11"), futureDate("04-12")))).status).toBe(200);
    const session = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: { name: "Lucía" } })).json;
    expect((await call("POST", `/v1/conversations/${session.sessionId}/escalate`, { token: tenant.token })).status).toBe(200);

    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "ical_conflict", code: "ical_conflict", subjectId: guest.id, params: { source: "airbnb", name: "Airbnb principal", nights: 1, from: futureDate("04-11") }, message: expect.stringContaining("airbnb shows") }),
        expect.objectContaining({ code: "conversation_escalated", params: { guest: "Lucía", channel: "webchat", reason: "staff_took_over" }, message: expect.stringContaining("needs a person") }),
      ]),
    );
  });

  it("names a feed's last miss with a code, and forgets it once the feed reads again", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { minStay: 1 });
    const feed = (await call("POST", `/v1/accommodations/${unit}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.ota.fake/junk.ics", source: "booking" } })).json;
    const feedOf = async () => (await call("GET", `/v1/accommodations/${unit}/ical-feeds`, { token: tenant.token })).json.data[0];
    for (let i = 0; i < 3; i++) expect((await upload(tenant.token, feed.id, "<html>Sign in</html>")).json.code).toBe("not_icalendar");
    expect(await feedOf()).toMatchObject({ lastStatus: "error", lastErrorCode: "not_icalendar", lastError: expect.stringContaining("not an iCalendar"), consecutiveFailures: 3 });
    const failing = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data.find((alert: { code: string }) => alert.code === "ical_feed_failing");
    expect(failing.params).toEqual({ source: "booking", name: "", failures: 3, error: "not_icalendar" });

    expect((await upload(tenant.token, feed.id, ics(futureDate("06-01"), futureDate("06-03")))).status).toBe(200);
    expect(await feedOf()).toMatchObject({ lastStatus: "ok", lastErrorCode: null, lastError: null, consecutiveFailures: 0 });
  });

  it("answers empty parameters for alerts raised before they were recorded", async () => {
    const tenant = await createTenant();
    await env.DB.prepare("INSERT INTO alerts (id, tenant_id, kind, severity, subject_type, subject_id, message, dedupe_key) VALUES (?, ?, 'payment_needs_refund', 'critical', 'reservation', 'res_x', 'old English text', 'old-1')")
      .bind(`alr_old_${crypto.randomUUID().slice(0, 8)}`, tenant.tenantId)
      .run();
    expect((await call("GET", "/v1/alerts", { token: tenant.token })).json.data).toEqual([expect.objectContaining({ code: "payment_needs_refund", params: {} })]);
  });
});

describe("naming guest threads (GET /v1/conversations)", () => {
  it("names a web chat thread after the reservation made in it, and leaves an anonymous visitor unnamed rather than showing an id", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { minStay: 1 });
    const anonymous = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: {} })).json.sessionId;
    const booked = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: {} })).json.sessionId;
    const reservation = (await hold(tenant, unit, futureDate("07-01"), futureDate("07-03"), { guest: { name: "Marta Gómez", phone: "+54 9 294 555-0202" } })).json;
    await settleReadModel(unit);
    // The assistant records the thread it booked in on the reservation; done here directly.
    await env.DB.prepare("UPDATE reservations SET conversation_id = ? WHERE id = ?").bind(booked, reservation.id).run();

    const list = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(list.find((c: { id: string }) => c.id === booked)).toMatchObject({ guestName: null, displayName: "Marta Gómez", guestPhone: "+54 9 294 555-0202" });
    expect(list.find((c: { id: string }) => c.id === anonymous)).toMatchObject({ guestName: null, displayName: null, guestPhone: null });

    // Another tenant's reservation never names this tenant's thread.
    const other = await createTenant();
    const otherUnit = await createAccommodation(other, { minStay: 1 });
    const foreign = (await hold(other, otherUnit, futureDate("07-05"), futureDate("07-07"), { guest: { name: "Intrusa" } })).json;
    await settleReadModel(otherUnit);
    await env.DB.prepare("UPDATE reservations SET conversation_id = ? WHERE id = ?").bind(anonymous, foreign.id).run();
    const again = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(again.find((c: { id: string }) => c.id === anonymous)).toMatchObject({ displayName: null });
  });
});
