import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ReadModelBatches, type ReadModelChange } from "../../../durable-objects/read-model/read-model-batches";
import { followUpsOf, type FollowUpEnv } from "../../../durable-objects/read-model/follow-ups";
import type { StayMirror } from "../../../durable-objects/calendar/read-model-sync";
import { createAccommodation } from "../support/accommodations";
import { createTenant } from "../support/tenant";

interface BoundStatement {
  sql: string;
  args: unknown[];
}

/** A D1 stand-in that records each batch and lets the test decide when (and whether) it commits. */
function recordingDatabase(failWhen: (statements: BoundStatement[]) => boolean = () => false) {
  const batches: BoundStatement[][] = [];
  const pending: Array<() => void> = [];
  const db = {
    prepare: (sql: string) => ({ bind: (...args: unknown[]) => ({ sql, args }) }),
    batch: (statements: BoundStatement[]) => {
      batches.push(statements);
      return new Promise<void>((resolve, reject) => {
        pending.push(() => (failWhen(statements) ? reject(new Error("constraint failed")) : resolve()));
      });
    },
  };
  const commitNext = async () => {
    while (pending.length === 0) await new Promise((r) => setTimeout(r, 1));
    pending.shift()!();
    await new Promise((r) => setTimeout(r, 1));
  };
  return { db: db as unknown as D1Database, batches, commitNext };
}

function writerOver(db: D1Database, afterCommit?: (changes: ReadModelChange[]) => Promise<void>): ReadModelBatches {
  return new ReadModelBatches(db, afterCommit);
}

/** A bookings queue and live hub that record what they are sent. */
function recordingFollowUps(options: { queueDown?: boolean } = {}) {
  const sends: Array<Array<{ body: unknown }>> = [];
  const published: unknown[][] = [];
  const followUpEnv = {
    BOOKINGS_QUEUE: { sendBatch: async (messages: Array<{ body: unknown }>) => (options.queueDown ? Promise.reject(new Error("queue unavailable")) : void sends.push(messages)) },
    LIVE: { idFromName: (name: string) => name, get: () => ({ publish: async (events: unknown[]) => void published.push(events) }) },
  } as unknown as FollowUpEnv;
  return { followUpEnv, sends, published };
}

function reservationHeld(id: string, accommodationId: string): StayMirror {
  const base = held(id, accommodationId);
  return { state: { ...base.state, kind: "reservation", status: "held" }, reservation: { id } as unknown as StayMirror["reservation"] };
}

function held(id: string, accommodationId: string, version = 1): StayMirror {
  return {
    state: { id, kind: "block", status: "active", tenant_id: "ten_1", accommodation_id: accommodationId, check_in: "2027-03-01", check_out: "2027-03-03", expires_at: null, feed_id: null, note: null, version },
    reservation: null,
  };
}

const staysIn = (batch: BoundStatement[]) => new Set(batch.filter((s) => s.sql.includes("INSERT INTO calendar_stays")).map((s) => s.args[0]));

describe("the read-model writer", () => {
  it("writes the changes that arrive while a batch is on its way together, in the next batch", async () => {
    const { db, batches, commitNext } = recordingDatabase();
    const writer = writerOver(db);
    const first = writer.write({ tenantId: "ten_1", stays: [held("blk_a", "acc_1")], payments: [] });
    const later = ["acc_2", "acc_3", "acc_4", "acc_5"].map((acc, i) => writer.write({ tenantId: "ten_1", stays: [held(`blk_${i}`, acc)], payments: [] }));
    expect(batches).toHaveLength(1);
    await commitNext();
    await first;
    expect(batches).toHaveLength(2);
    expect(staysIn(batches[1]!)).toEqual(new Set(["blk_0", "blk_1", "blk_2", "blk_3"]));
    await commitNext();
    await Promise.all(later);
    expect(batches).toHaveLength(2);
  });

  it("keeps the newest version of a stay sent twice in one batch", async () => {
    const { db, batches, commitNext } = recordingDatabase();
    const writer = writerOver(db);
    const first = writer.write({ tenantId: "ten_1", stays: [held("blk_x", "acc_9")], payments: [] });
    const older = writer.write({ tenantId: "ten_1", stays: [held("blk_a", "acc_1", 2)], payments: [] });
    const newer = writer.write({ tenantId: "ten_1", stays: [held("blk_a", "acc_1", 3)], payments: [] });
    await commitNext();
    await first;
    const upserts = batches[1]!.filter((s) => s.sql.includes("INSERT INTO calendar_stays"));
    expect(upserts.map((s) => s.args[10])).toEqual([3]);
    await commitNext();
    await Promise.all([older, newer]);
  });

  it("does not let one object's failing change hold back the others' in its batch", async () => {
    const { db, batches, commitNext } = recordingDatabase((statements) => staysIn(statements).has("blk_bad"));
    const writer = writerOver(db);
    const first = writer.write({ tenantId: "ten_1", stays: [held("blk_first", "acc_0")], payments: [] });
    const good = writer.write({ tenantId: "ten_1", stays: [held("blk_good", "acc_1")], payments: [] });
    const bad = writer.write({ tenantId: "ten_1", stays: [held("blk_bad", "acc_2")], payments: [] }).then(
      () => "written",
      (error: Error) => error.message,
    );
    await commitNext();
    await first;
    await commitNext(); // the shared batch fails
    await commitNext(); // blk_good alone
    await commitNext(); // blk_bad alone, fails again
    await expect(good).resolves.toBeUndefined();
    expect(await bad).toBe("constraint failed");
    expect(batches.map((b) => [...staysIn(b)])).toEqual([["blk_first"], ["blk_good", "blk_bad"], ["blk_good"], ["blk_bad"]]);
  });

  it("sets stays aside for a swap only within one accommodation", async () => {
    const { db, batches, commitNext } = recordingDatabase();
    const writer = writerOver(db);
    const swap = [held("blk_1", "acc_1"), { ...held("blk_2", "acc_1"), state: { ...held("blk_2", "acc_1").state, check_in: "2027-03-03", check_out: "2027-03-05" } }];
    const done = writer.write({ tenantId: "ten_1", stays: [...swap, held("blk_3", "acc_2"), held("blk_4", "acc_3")], payments: [] });
    await commitNext();
    await done;
    const setAside = batches[0]!.filter((s) => s.sql.includes("SET status = 'removed'")).map((s) => s.args[0]);
    expect(setAside.sort()).toEqual(["blk_1", "blk_2"]);
  });

  it("brings many units' holds to the read model through the real database", async () => {
    const tenant = await createTenant();
    const units = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createAccommodation(tenant, { minStay: 1 })));
    const stub = env.READ_MODEL.get(env.READ_MODEL.idFromName(tenant.tenantId));
    await Promise.all(
      units.map((acc, i) =>
        stub.write({
          tenantId: tenant.tenantId,
          stays: [{ ...held(`blk_real_${i}`, acc), state: { ...held(`blk_real_${i}`, acc).state, tenant_id: tenant.tenantId } }],
          payments: [],
        }),
      ),
    );
    const nights = await env.DB.prepare(`SELECT accommodation_id, count(*) AS n FROM calendar_nights WHERE tenant_id = ? GROUP BY accommodation_id`).bind(tenant.tenantId).all<{ accommodation_id: string; n: number }>();
    expect(nights.results.map((r) => [r.accommodation_id, r.n]).sort()).toEqual(units.map((acc) => [acc, 2]).sort());
  });

  it("sends what follows a batch once for the whole batch: one enqueue, one live message", async () => {
    const { db, commitNext } = recordingDatabase();
    const { followUpEnv, sends, published } = recordingFollowUps();
    const writer = writerOver(db, (changes) => followUpsOf(followUpEnv, changes));
    const first = writer.write({ tenantId: "ten_1", stays: [reservationHeld("res_0", "acc_0")], payments: [] });
    const burst = ["acc_1", "acc_2", "acc_3"].map((acc, i) => writer.write({ tenantId: "ten_1", stays: [reservationHeld(`res_${i + 1}`, acc)], payments: [] }));
    const block = writer.write({ tenantId: "ten_1", stays: [held("blk_1", "acc_4")], payments: [] });
    await commitNext();
    await first;
    await commitNext();
    await Promise.all([...burst, block]);
    expect(sends).toHaveLength(2);
    expect(sends[1]!.map((m) => m.body)).toEqual(
      ["res_1", "res_2", "res_3"].map((reservationId, i) => ({ kind: "reservation_changed", tenantId: "ten_1", accommodationId: `acc_${i + 1}`, reservationId })),
    );
    expect(published).toHaveLength(2);
    expect(published[1]).toEqual([
      ...["res_1", "res_2", "res_3"].map((reservationId, i) => ({ type: "reservation.changed", reservationId, accommodationId: `acc_${i + 1}`, status: "held" })),
      ...["acc_1", "acc_2", "acc_3", "acc_4"].map((accommodationId) => ({ type: "calendar.changed", accommodationId })),
    ]);
  });

  it("tells the objects their change failed when what follows it could not be enqueued, so they send it again", async () => {
    const { db, commitNext } = recordingDatabase();
    const { followUpEnv, published } = recordingFollowUps({ queueDown: true });
    const writer = writerOver(db, (changes) => followUpsOf(followUpEnv, changes));
    const outcome = writer.write({ tenantId: "ten_1", stays: [reservationHeld("res_9", "acc_9")], payments: [] }).then(
      () => "written",
      (error: Error) => error.message,
    );
    await commitNext();
    expect(await outcome).toBe("queue unavailable");
    expect(published).toEqual([]);
  });
});
