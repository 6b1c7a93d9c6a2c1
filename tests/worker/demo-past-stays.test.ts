import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { recordPastStay, type PastStayInput } from "../../workers/bookings/demo-stays";
import { call } from "./support/api";
import { createAccommodation } from "./support/accommodations";
import { createTenant, type TestTenant } from "./support/tenant";

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** Diego's stay from `from` to `to` days from today, booked ten days before it began and paid in cash. */
const diegosStay = (tenant: TestTenant, acc: string, from: number, to: number, source: PastStayInput["source"] = "direct"): PastStayInput => ({
  accommodationId: acc,
  checkIn: day(from),
  checkOut: day(to),
  guests: 2,
  guest: { name: "Diego Castro" },
  source,
  bookedDaysBefore: 10,
  paid: { method: "cash" },
  recordedBy: tenant.ownerId,
});

describe("stays booked in the past, for the demo of npm run dev", () => {
  it("has the calendar book and confirm a stay under way as on the day it was booked", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await recordPastStay(env, tenant.tenantId, diegosStay(tenant, acc, -2, 2, "instagram"));
    expect(stay).toMatchObject({ status: "confirmed", checkIn: day(-2), checkOut: day(2), source: "instagram" });
    expect(stay.createdAt).toBeLessThan(Date.now() - 11 * DAY_MS);
    const fetched = await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token });
    expect(fetched.json.status).toBe("confirmed");
    // Its nights are taken like any other stay's.
    const overlapping = await call("POST", "/v1/reservations", { token: tenant.token, body: { accommodationId: acc, checkIn: day(0), checkOut: day(1), guests: 1, guest: { name: "Otra" } } });
    expect(overlapping.json.code).toBe("dates_unavailable");
  });

  it("is confirmed even when the calendar's alarm expires the hold before the deposit is recorded", async () => {
    // A hold made "as on the day it was booked" expires in the past, so the object arms its alarm at
    // once; here the alarm runs between the hold and the payment, as it may on a busy machine.
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const alarmAfterHold = {
      ...env,
      CALENDAR: {
        idFromName: (name: string) => env.CALENDAR.idFromName(name),
        get: (id: DurableObjectId) => {
          const stub = env.CALENDAR.get(id);
          return new Proxy(stub, {
            get(target, property) {
              if (property !== "hold") return Reflect.get(target, property);
              return async (input: Parameters<typeof stub.hold>[0]) => {
                const held = await target.hold(input);
                // The alarm lies in the past: workerd may have run it already, or it runs now.
                await runDurableObjectAlarm(stub);
                if (held.ok) expect((await target.stayState({ reservationId: held.reservation.id }))?.status).toBe("expired");
                return held;
              };
            },
          });
        },
      },
    } as typeof env;
    const stay = await recordPastStay(alarmAfterHold, tenant.tenantId, diegosStay(tenant, acc, -3, 1));
    expect(stay.status).toBe("confirmed");
  });

  it("is not a route outside development", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const response = await call("POST", "/dev/past-stays", {
      token: tenant.token,
      body: { accommodationId: acc, checkIn: day(-2), checkOut: day(1), guests: 2, guest: { name: "X" }, source: "direct", bookedDaysBefore: 5 },
    });
    expect(response.status).toBe(404);
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data).toEqual([]);
  });
});
