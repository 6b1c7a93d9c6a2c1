import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../shared/domain/dates";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { failInsertsFor } from "../support/failing-read-model";
import { createTenant } from "../support/tenant";

/** Hundreds of parallel requests take seconds on an idle machine and much longer on a busy one. */
const RACE_TIMEOUT_MS = 120_000;

const stub = (accommodationId: string) => env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId));

/** Every night the object holds, counted per night: any count above one is a double booking. */
async function ledgerNights(accommodationId: string): Promise<Map<string, number>> {
  return runInDurableObject(stub(accommodationId), async (_instance, state) => {
    const counts = new Map<string, number>();
    const rows = state.storage.sql
      .exec<{ check_in: string; check_out: string }>("SELECT check_in, check_out FROM stays WHERE status IN ('held', 'confirmed', 'active')")
      .toArray();
    for (const row of rows) {
      for (let night = row.check_in; night < row.check_out; night = addDays(night, 1)) counts.set(night, (counts.get(night) ?? 0) + 1);
    }
    return counts;
  });
}

async function readModel(accommodationId: string): Promise<Map<string, string>> {
  // The read model follows the calendar through its outbox, a moment after each answer.
  await stub(accommodationId).settleReadModel();
  const { results } = await env.DB.prepare("SELECT night, stay_id FROM calendar_nights WHERE accommodation_id = ?").bind(accommodationId).all<{ night: string; stay_id: string }>();
  return new Map(results.map((r) => [r.night, r.stay_id]));
}

describe("racing holds", () => {
  it("200 parallel holds for the same nights: exactly one 201", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const responses = await Promise.all(Array.from({ length: 200 }, () => hold(tenant, acc, futureDate("02-10"), futureDate("02-12"))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect([...(await ledgerNights(acc)).values()]).toEqual([1, 1]);
    expect((await readModel(acc)).size).toBe(2);
    await stub(acc).settleReadModel();
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data).toHaveLength(1);
  }, RACE_TIMEOUT_MS);

  it("200 parallel holds on 200 disjoint ranges: 200 × 201", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const start = futureDate("01-01");
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => hold(tenant, acc, addDays(start, i), addDays(start, i + 1))));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(200);
    const ledger = await ledgerNights(acc);
    expect(ledger.size).toBe(200);
    expect([...ledger.values()].every((count) => count === 1)).toBe(true);
    expect((await readModel(acc)).size).toBe(200);
  }, RACE_TIMEOUT_MS);

  it("a random overlapping mix never overlaps, and the read model matches the ledger", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const start = futureDate("05-01");
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const requests = Array.from({ length: 150 }, () => {
      const offset = Math.floor(random() * 60);
      const length = 1 + Math.floor(random() * 6);
      return hold(tenant, acc, addDays(start, offset), addDays(start, offset + length));
    });
    const responses = await Promise.all(requests);
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const ledger = await ledgerNights(acc);
    expect([...ledger.values()].every((count) => count === 1)).toBe(true);
    const model = await readModel(acc);
    expect([...model.keys()].sort()).toEqual([...ledger.keys()].sort());
    // Each won reservation owns exactly its nights in the read model.
    for (const won of responses.filter((r) => r.status === 201)) {
      for (let night = won.json.checkIn; night < won.json.checkOut; night = addDays(night, 1)) expect(model.get(night)).toBe(won.json.id);
    }
  }, RACE_TIMEOUT_MS);
});

describe("the read model's backstop on nights (a unique index on D1 and on Postgres)", () => {
  it("rejects an overlapping night written behind the object's back", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const won = await hold(tenant, acc, futureDate("11-10"), futureDate("11-12"));
    expect(won.status).toBe(201);
    // The read model hears of the hold after the answer.
    await stub(acc).settleReadModel();
    const sneak = env.DB.prepare("INSERT INTO calendar_nights (tenant_id, accommodation_id, night, stay_id) VALUES (?, ?, ?, 'res_sneaky')").bind(tenant.tenantId, acc, futureDate("11-11"));
    await expect(sneak.run()).rejects.toThrow(/UNIQUE|constraint/i);
  });
});

describe("the read model's backstop on stays (a trigger on D1, EXCLUDE USING gist on Postgres)", () => {
  it("rejects a confirmed stay overlapping a held one, written behind the object's back", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const won = await hold(tenant, acc, futureDate("11-20"), futureDate("11-23"));
    expect(won.status).toBe(201);
    await stub(acc).settleReadModel();
    const sneak = env.DB.prepare(
      "INSERT INTO calendar_stays (id, tenant_id, accommodation_id, kind, status, check_in, check_out, version, updated_at) VALUES ('res_sneaky', ?, ?, 'reservation', 'confirmed', ?, ?, 1, 0)",
    ).bind(tenant.tenantId, acc, futureDate("11-22"), futureDate("11-24"));
    // D1's trigger says "overlapping stay"; Postgres names the exclusion constraint.
    await expect(sneak.run()).rejects.toThrow(/overlapping stay|calendar_stays_no_overlap/);
    // Back to back is no overlap.
    const adjacent = env.DB.prepare(
      "INSERT INTO calendar_stays (id, tenant_id, accommodation_id, kind, status, check_in, check_out, version, updated_at) VALUES ('res_adjacent', ?, ?, 'reservation', 'confirmed', ?, ?, 1, 0)",
    ).bind(tenant.tenantId, acc, futureDate("11-23"), futureDate("11-24"));
    await expect(adjacent.run()).resolves.toBeTruthy();
  });
});

describe("the outbox", () => {
  it("leaves a delivered row for the next write transaction to delete, instead of a commit of its own", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const storedRows = () => runInDurableObject(stub(acc), async (_i, state) => state.storage.sql.exec<{ seq: number }>("SELECT seq FROM outbox ORDER BY seq").toArray().map((r) => r.seq));

    expect((await hold(tenant, acc, futureDate("10-01"), futureDate("10-03"))).status).toBe(201);
    expect(await stub(acc).settleReadModel()).toEqual({ pending: 0 });
    expect([...(await readModel(acc)).keys()].sort()).toEqual([futureDate("10-01"), futureDate("10-02")]);
    const delivered = await storedRows();
    expect(delivered.length).toBeGreaterThan(0);

    // The next change deletes them in its own transaction; only its own rows remain until they are delivered too.
    expect((await hold(tenant, acc, futureDate("10-05"), futureDate("10-06"))).status).toBe(201);
    expect(await stub(acc).settleReadModel()).toEqual({ pending: 0 });
    const after = await storedRows();
    expect(after.some((seq) => delivered.includes(seq))).toBe(false);
    expect(after.length).toBeGreaterThan(0);
    expect([...(await readModel(acc)).keys()].sort()).toEqual([futureDate("10-01"), futureDate("10-02"), futureDate("10-05")]);
  });

  it("answers the change even when D1 fails, and the alarm brings the read model up to date", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    // Make the read-model write fail: the trigger aborts every insert of this accommodation's nights.
    const heal = await failInsertsFor("calendar_nights", acc);
    const response = await hold(tenant, acc, futureDate("12-01"), futureDate("12-03"));
    expect(response.status).toBe(201);
    expect((await readModel(acc)).size).toBe(0);
    const pending = await runInDurableObject(stub(acc), async (_i, state) => state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").toArray()[0]?.n);
    expect(pending).toBeGreaterThan(0);

    await heal();
    await runInDurableObject(stub(acc), async (_i, state) => state.storage.sql.exec("UPDATE outbox SET next_attempt_at = 0"));
    await runDurableObjectAlarm(stub(acc));
    expect([...(await readModel(acc)).keys()].sort()).toEqual([futureDate("12-01"), futureDate("12-02")]);
    const left = await runInDurableObject(stub(acc), async (_i, state) => state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").toArray()[0]?.n);
    expect(left).toBe(0);
  });
});
