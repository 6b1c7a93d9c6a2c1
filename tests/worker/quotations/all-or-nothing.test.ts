import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { PAYU, payuConfirmation } from "../support/fake-payu";
import { ars, openQuotation } from "../support/quotations";
import { createTenant } from "../support/tenant";

/** Nights of a unit that some stay occupies, straight from its calendar object. */
async function takenNights(accommodationId: string, from: string, to: string) {
  const snapshot = await env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId)).snapshot({ from, to });
  return snapshot.days.filter((day) => day.stayId !== null).length;
}

describe("the own units' nights on payment", () => {
  it("are taken all or nothing across three calendars while a guest races for one of them", async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const owner = await createTenant();
      await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO"] } });
      const units = [await createAccommodation(owner, { minStay: 1 }), await createAccommodation(owner, { minStay: 1 }), await createAccommodation(owner, { minStay: 1 })];
      const quotation = await openQuotation(owner, { country: "CO" });
      const own = quotation.offers[0]!;
      expect(own.lines).toHaveLength(3);
      await call("POST", `/v1/quotations/${quotation.id}/compose`, {
        token: owner.token,
        body: { lines: own.lines.map((_, lineIndex) => ({ offerId: own.id, lineIndex })), markup: { kind: "percent", percent: 10 }, depositPercent: 30 },
      });
      const sent = await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token });
      const approved = await call("POST", `/c-api/${sent.json.clientToken}/approve`);
      const value = (approved.json.payment.amount.amount / 100).toFixed(2);
      const body = await payuConfirmation({ referenceSale: quotation.id, value, newValue: value.endsWith("0") ? value.slice(0, -1) : value, tenantId: owner.tenantId });
      const view = (await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json;
      const { checkIn, checkOut } = view.request;
      const raced = units[round % 3]!;

      // The group's deposit and a guest asking for one of the units arrive at the same moment.
      const [confirmation, guest] = await Promise.all([
        call("POST", `/webhooks/payu/${owner.tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } }),
        call("POST", "/v1/reservations", { token: owner.token, body: { accommodationId: raced, checkIn, checkOut, guests: 2, guest: { name: "Huésped apurado" } } }),
      ]);
      expect(confirmation.status).toBe(200);
      const after = (await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json;
      const nights = await Promise.all(units.map((unit) => takenNights(unit, checkIn, checkOut)));
      const stay = nights[0]! > 0 ? nights[0]! : Math.max(...nights);
      if (guest.status === 201) {
        // The guest won: the group keeps no unit, the two held ones were let go, and the operator is told.
        expect(after.status).toBe("paid");
        expect(after.booking).toEqual({ ok: false, code: "dates_unavailable", accommodationId: raced });
        expect(nights.filter((n) => n > 0)).toHaveLength(1);
        expect(await takenNights(raced, checkIn, checkOut)).toBe(stay);
        const alerts = (await call("GET", "/v1/alerts", { token: owner.token })).json;
        expect(JSON.stringify(alerts)).toContain("quotation_nights_unavailable");
        outcomes.push("guest");
      } else {
        // The group won: every unit is confirmed for it and the guest was refused.
        expect(guest.status).toBe(409);
        expect(after.status).toBe("confirmed");
        expect(after.booking.reservationIds).toHaveLength(3);
        expect(nights.every((n) => n > 0)).toBe(true);
        outcomes.push("group");
      }
    }
    expect(outcomes).toHaveLength(4);
  });

  it("keeps nothing when a unit was already taken before the payment", async () => {
    const owner = await createTenant();
    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO"] } });
    const units = [await createAccommodation(owner, { minStay: 1 }), await createAccommodation(owner, { minStay: 1 }), await createAccommodation(owner, { minStay: 1 })];
    const quotation = await openQuotation(owner, { country: "CO" });
    const own = quotation.offers[0]!;
    await call("POST", `/v1/quotations/${quotation.id}/compose`, { token: owner.token, body: { lines: own.lines.map((_, lineIndex) => ({ offerId: own.id, lineIndex })), markup: { kind: "percent", percent: 10 } } });
    const sent = await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token });
    const approved = await call("POST", `/c-api/${sent.json.clientToken}/approve`);
    const { checkIn, checkOut } = (await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json.request;
    const guest = await call("POST", "/v1/reservations", { token: owner.token, body: { accommodationId: units[2], checkIn, checkOut, guests: 2, guest: { name: "Llegó antes" } } });
    expect(guest.status).toBe(201);
    const value = (approved.json.payment.amount.amount / 100).toFixed(2);
    const body = await payuConfirmation({ referenceSale: quotation.id, value, newValue: value.endsWith("0") ? value.slice(0, -1) : value, tenantId: owner.tenantId });
    expect((await call("POST", `/webhooks/payu/${owner.tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(200);
    expect(await takenNights(units[0]!, checkIn, checkOut)).toBe(0);
    expect(await takenNights(units[1]!, checkIn, checkOut)).toBe(0);
    const after = (await call("GET", `/v1/quotations/${quotation.id}`, { token: owner.token })).json;
    expect(after.booking).toEqual({ ok: false, code: "dates_unavailable", accommodationId: units[2] });
    expect(ars(approved.json.payment.amount.amount)).toEqual(after.payments[0].amount);
    // The operator gives up on the group: the paid deposit is flagged to be given back.
    expect((await call("POST", `/v1/quotations/${quotation.id}/cancel`, { token: owner.token })).json.status).toBe("cancelled");
    expect(JSON.stringify((await call("GET", "/v1/alerts", { token: owner.token })).json)).toContain("quotation_refund_due");
  });
});
