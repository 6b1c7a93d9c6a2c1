import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { settleStrandedReservations } from "../../../workers/bookings/stranded-reservations";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

const row = (id: string) => env.DB.prepare("SELECT status, expires_at FROM reservations WHERE id = ?").bind(id).first<{ status: string; expires_at: number | null }>();

describe("stranded pending reservations", () => {
  it("takes the calendar's state when the hold happened, and removes the record when it did not", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = await hold(tenant, acc, futureDate("10-01"), futureDate("10-03"));
    const old = Date.now() - 10 * 60_000;
    // As if the worker died between the hold and writing it back.
    await env.DB.prepare("UPDATE reservations SET status = 'pending', expires_at = NULL, created_at = ? WHERE id = ?").bind(old, held.json.id).run();
    // A record whose hold call never reached the calendar.
    await env.DB.prepare(
      "INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, source, total_amount, deposit_amount, currency, created_at) VALUES ('res_ghost', ?, ?, 'RESGHOST', 'pending', ?, ?, 2, 'X', 'direct', 1, 1, 'ARS', ?)",
    )
      .bind(tenant.tenantId, acc, futureDate("10-05"), futureDate("10-06"), old)
      .run();
    // A fresh pending record belongs to a request still in flight: left alone.
    await env.DB.prepare(
      "INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, source, total_amount, deposit_amount, currency) VALUES ('res_inflight', ?, ?, 'RESINFLIGHT', 'pending', ?, ?, 2, 'X', 'direct', 1, 1, 'ARS')",
    )
      .bind(tenant.tenantId, acc, futureDate("10-07"), futureDate("10-08"))
      .run();

    const result = await settleStrandedReservations(env, database(env.DB));
    expect(result).toMatchObject({ settled: expect.any(Number), removed: expect.any(Number) });
    expect(await row(held.json.id)).toEqual({ status: "held", expires_at: Date.parse(held.json.expiresAt) });
    expect(await row("res_ghost")).toBeNull();
    expect((await row("res_inflight"))!.status).toBe("pending");
    expect((await call("GET", `/v1/reservations/${held.json.id}`, { token: tenant.token })).json.status).toBe("held");
  });
});
