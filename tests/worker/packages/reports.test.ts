import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { settleReadModel } from "../support/calendar";
import { hold } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { createPackage, flatUnit } from "./support";

const year = new Date().getUTCFullYear() + 1;
const day = (md: string) => `${year}-${md}`;

async function confirmed(tenant: Awaited<ReturnType<typeof createTenant>>, acc: string, checkIn: string, checkOut: string, extra: Record<string, unknown> = {}) {
  const held = await hold(tenant, acc, day(checkIn), day(checkOut), extra);
  expect(held.status, held.text).toBe(201);
  const paid = await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.json.deposit, method: "cash" } } });
  expect(paid.status, paid.text).toBe(200);
  return held.json.id as string;
}

describe("reports by package", () => {
  it("count confirmed stays booked with each package: reservations, nights and revenue, in the report's range only", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const escapada = await createPackage(tenant, { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 3, price: { amount: 15_000_000, currency: "ARS" } });
    const semana = await createPackage(tenant, { name: "Semana", accommodationIds: [acc], minNights: 3, maxNights: 7, discountPercent: 10 });
    await confirmed(tenant, acc, "03-02", "03-04", { packageId: escapada });
    await confirmed(tenant, acc, "03-10", "03-12", { packageId: escapada });
    await confirmed(tenant, acc, "03-20", "03-23", { packageId: semana });
    // Not counted: a stay without a package, a hold never paid, and a package stay outside the range.
    await confirmed(tenant, acc, "03-25", "03-27");
    expect((await hold(tenant, acc, day("03-14"), day("03-16"), { packageId: escapada })).status).toBe(201);
    await confirmed(tenant, acc, "05-02", "05-04", { packageId: escapada });
    await settleReadModel(acc);

    const report = await call("GET", `/v1/reports/kpis?from=${day("03-01")}&to=${day("03-31")}`, { token: tenant.token });
    expect(report.status, report.text).toBe(200);
    expect(report.json.byPackage).toEqual([
      { packageId: escapada, name: "Escapada", reservations: 2, nights: 4, revenue: { amount: 30_000_000, currency: "ARS" } },
      { packageId: semana, name: "Semana", reservations: 1, nights: 3, revenue: { amount: 27_000_000, currency: "ARS" } },
    ]);
    // Another tenant's report sees none of them.
    const other = await createTenant();
    expect((await call("GET", `/v1/reports/kpis?from=${day("03-01")}&to=${day("03-31")}`, { token: other.token })).json.byPackage).toEqual([]);
  });
});
