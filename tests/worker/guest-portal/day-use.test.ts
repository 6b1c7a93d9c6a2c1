import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay, guestToken, portal } from "./helpers";

const extra = (tenant: TestTenant, kind: "late_checkout" | "early_checkin", requiresApproval = false) =>
  call("POST", "/v1/upsells", { token: tenant.token, body: { kind, title: { es: kind === "late_checkout" ? "Salida tardía" : "Entrada temprana" }, price: 1_500_000, currency: "ARS", requiresApproval } }).then((r) => {
    expect(r.status, r.text).toBe(201);
    return r.json.id as string;
  });

describe("a late check-out or early check-in sold keeps its day", () => {
  it("refuses a stay arriving on the day a late check-out was sold, by hold or by moving a stay there", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const late = await extra(tenant, "late_checkout");
    const stay = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-04"));
    const bought = await portal("POST", await guestToken(tenant, stay.id), `/upsells/${late}`);
    expect(bought.status, bought.text).toBe(200);

    const arriving = await hold(tenant, acc, futureDate("03-04"), futureDate("03-06"));
    expect(arriving.status, arriving.text).toBe(409);
    expect(arriving.json.code).toBe("dates_unavailable");
    const later = await confirmedStay(tenant, acc, futureDate("03-10"), futureDate("03-12"));
    const moved = await call("PATCH", `/v1/reservations/${later.id}`, { token: tenant.token, body: { checkIn: futureDate("03-04"), checkOut: futureDate("03-06") } });
    expect(moved.status, moved.text).toBe(409);
    // The next day is free as ever.
    expect((await hold(tenant, acc, futureDate("03-05"), futureDate("03-07"))).status).toBe(201);
  });

  it("refuses a stay leaving on the day an early check-in was sold", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const early = await extra(tenant, "early_checkin");
    const stay = await confirmedStay(tenant, acc, futureDate("04-05"), futureDate("04-07"));
    expect((await portal("POST", await guestToken(tenant, stay.id), `/upsells/${early}`)).status).toBe(200);

    expect((await hold(tenant, acc, futureDate("04-02"), futureDate("04-05"))).status).toBe(409);
    expect((await hold(tenant, acc, futureDate("04-01"), futureDate("04-04"))).status).toBe(201);
  });

  it("gives the day back when staff decline the request or the stay is cancelled", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const late = await extra(tenant, "late_checkout", true);
    const stay = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-03"));
    const asked = await portal("POST", await guestToken(tenant, stay.id), `/upsells/${late}`);
    expect(asked.json.status).toBe("pending_approval");
    expect((await hold(tenant, acc, futureDate("05-03"), futureDate("05-04"))).status).toBe(409);
    expect((await call("POST", `/v1/reservations/${stay.id}/upsells/${asked.json.id}/decline`, { token: tenant.token })).status).toBe(200);
    expect((await hold(tenant, acc, futureDate("05-03"), futureDate("05-04"))).status).toBe(201);

    const other = await confirmedStay(tenant, acc, futureDate("06-01"), futureDate("06-03"));
    const lateNoApproval = await extra(tenant, "late_checkout");
    expect((await portal("POST", await guestToken(tenant, other.id), `/upsells/${lateNoApproval}`)).status).toBe(200);
    expect((await hold(tenant, acc, futureDate("06-03"), futureDate("06-04"))).status).toBe(409);
    expect((await call("POST", `/v1/reservations/${other.id}/cancel`, { token: tenant.token, body: { refund: { decision: "keep" } } })).status).toBe(200);
    expect((await hold(tenant, acc, futureDate("06-03"), futureDate("06-04"))).status).toBe(201);
  });

  it("lets exactly one of a late check-out sale and an arrival that day win when they race", async () => {
    const tenant = await createTenant();
    const late = await extra(tenant, "late_checkout");
    for (let round = 0; round < 4; round++) {
      const acc = await createAccommodation(tenant, { minStay: 1, name: `Cabaña ${round}` });
      const stay = await confirmedStay(tenant, acc, futureDate("07-01"), futureDate("07-03"));
      const token = await guestToken(tenant, stay.id);
      // Alternate who starts first; the calendar object decides either way.
      const sale = () => portal("POST", token, `/upsells/${late}`);
      const arrival = () => hold(tenant, acc, futureDate("07-03"), futureDate("07-05"));
      const [sold, arrived] = round % 2 === 0 ? await Promise.all([sale(), arrival()]) : await Promise.all([arrival(), sale()]).then(([a, s]) => [s, a] as const);
      expect([200, 409], `round ${round}: sale ${sold.text} / arrival ${arrived.text}`).toContain(sold.status);
      if (sold.status === 200) {
        expect(arrived.status, arrived.text).toBe(409);
      } else {
        expect(sold.status).toBe(409);
        expect(sold.json.code).toBe("upsell_unavailable");
        expect(arrived.status).toBe(201);
      }
    }
  });
});
