import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { eventually, settleReadModel } from "../support/calendar";
import { hold } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { confirmedStay } from "../guest-portal/helpers";
import { breakfastExtra, createPackage, flatUnit, lateCheckoutExtra } from "./support";

const year = new Date().getUTCFullYear() + 1;
const day = (md: string) => `${year}-${md}`;

describe("booking a package", () => {
  it("holds the stay at the package's price and carries its extras on the reservation, paid inside the price", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const breakfast = await breakfastExtra(tenant);
    const late = await lateCheckoutExtra(tenant);
    const id = await createPackage(tenant, { name: "Escapada romántica", accommodationIds: [acc], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" }, extras: [breakfast, late] });

    const held = await hold(tenant, acc, day("03-10"), day("03-12"), { packageId: id, idempotencyKey: "package-hold-1" });
    expect(held.status, held.text).toBe(201);
    expect(held.json).toMatchObject({ total: { amount: 15_000_000, currency: "ARS" }, deposit: { amount: 4_500_000 }, adjustments: [{ kind: "package", label: "Escapada romántica", amount: { amount: -5_000_000, currency: "ARS" } }] });
    // A retry answers the same stay and records nothing twice.
    const again = await hold(tenant, acc, day("03-10"), day("03-12"), { packageId: id, idempotencyKey: "package-hold-1" });
    expect(again.json.id).toBe(held.json.id);

    const read = await call("GET", `/v1/reservations/${held.json.id}`, { token: tenant.token });
    expect(read.json).toMatchObject({ package: { id, name: "Escapada romántica" }, extrasTotal: { amount: 0 }, total: { amount: 15_000_000 } });
    const extras = await call("GET", `/v1/reservations/${held.json.id}/upsells`, { token: tenant.token });
    expect(extras.json.data.map((e: { upsellId: string; status: string; amount: number; provider: string }) => [e.upsellId, e.status, e.amount, e.provider]).sort()).toEqual(
      [
        [breakfast, "paid", 0, "package"],
        [late, "paid", 0, "package"],
      ].sort(),
    );

    // Confirmed, the late check-out asks the unit's calendar for its day; a guest arriving that day
    // was confirmed first, so it cannot be given and reads cancelled, while breakfast stays.
    await confirmedStay(tenant, acc, day("03-12"), day("03-14"), { guest: { name: "Otro Huésped", phone: "+54 9 11 5555-0101" } });
    const confirmed = await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.json.deposit, method: "cash" } } });
    expect(confirmed.status, confirmed.text).toBe(200);
    await settleReadModel(acc);
    await eventually(async () => {
      const after = await call("GET", `/v1/reservations/${held.json.id}/upsells`, { token: tenant.token });
      const statusOf = new Map(after.json.data.map((e: { upsellId: string; status: string }) => [e.upsellId, e.status]));
      expect(statusOf.get(late)).toBe("cancelled");
      expect(statusOf.get(breakfast)).toBe("paid");
    });

    // The package stays on the stay once it is archived.
    await call("DELETE", `/v1/packages/${id}`, { token: tenant.token });
    expect((await call("GET", `/v1/reservations/${held.json.id}`, { token: tenant.token })).json.package).toEqual({ id, name: "Escapada romántica" });
  });

  it("refuses a package the stay does not fit, an archived one and another tenant's, holding nothing", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const acc = await flatUnit(tenant);
    const id = await createPackage(tenant, { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 2, discountPercent: 20 });
    const archived = await createPackage(tenant, { name: "Vieja", accommodationIds: [acc], minNights: 1, maxNights: 5, discountPercent: 20 });
    await call("DELETE", `/v1/packages/${archived}`, { token: tenant.token });
    const theirs = await createPackage(other, { name: "Ajena", accommodationIds: [await flatUnit(other)], minNights: 1, maxNights: 5, discountPercent: 50 });

    for (const [packageId, checkOut, code] of [
      [id, "04-13", "package_does_not_fit"],
      [archived, "04-12", "package_archived"],
      [theirs, "04-12", "unknown_package"],
      ["pkg_nope", "04-12", "unknown_package"],
    ] as const) {
      const refused = await hold(tenant, acc, day("04-10"), day(checkOut), { packageId });
      expect(refused.status, refused.text).toBe(422);
      expect(refused.json.code).toBe(code);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    await settleReadModel(acc);
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data).toEqual([]);
    // The same nights without a package are free, priced by the unit's rules.
    const plain = await hold(tenant, acc, day("04-10"), day("04-12"));
    expect(plain.json.total.amount).toBe(20_000_000);
    expect((await call("GET", `/v1/reservations/${plain.json.id}`, { token: tenant.token })).json.package).toBeNull();
  });
});
