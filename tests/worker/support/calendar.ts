import { env, runInDurableObject } from "cloudflare:test";

export const calendarStub = (accommodationId: string) => env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId));

/** Moves a hold's expiry into the past inside the object, as if 30 minutes had gone by. */
export async function ageHold(accommodationId: string, reservationId: string) {
  await runInDurableObject(calendarStub(accommodationId), async (_instance, state) => {
    state.storage.sql.exec("UPDATE stays SET expires_at = ? WHERE id = ?", Date.now() - 1, reservationId);
    state.storage.sql.exec("UPDATE schedules SET run_at = ? WHERE stay_id = ?", Date.now() - 1, reservationId);
  });
}

/** Polls until `check` stops throwing: queue consumers run on their own schedule. */
export async function eventually<T>(check: () => Promise<T>, { timeoutMs = 15_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** Waits until the calendar's committed changes have reached the read model (the outbox is empty). */
export async function settleReadModel(accommodationId: string) {
  const { pending } = await calendarStub(accommodationId).settleReadModel();
  if (pending !== 0) throw new Error(`${pending} outbox rows still wait for the read model`);
}

/**
 * Waits until a whole second goes by in which no queue batch touched the tenant's guests, links,
 * tiers or message plans. A stay's later change (its confirmation after its hold) may still be on
 * the queue when the read model already shows it; a test that swaps something under the consumer
 * (deletes profiles, connects a CRM it flushes by hand) waits for that batch first.
 */
export async function quietTenant(tenantId: string, { quietMs = 1_000, timeoutMs = 20_000 } = {}): Promise<void> {
  const snapshot = () =>
    env.DB.prepare(
      `SELECT (SELECT count(*) FROM guests WHERE tenant_id = ?) AS guests,
              (SELECT count(*) FROM guest_subjects WHERE tenant_id = ?) AS links,
              (SELECT count(*) FROM guest_tier_changes WHERE tenant_id = ?) AS tiers,
              (SELECT coalesce(max(updated_at), 0) FROM step_schedule WHERE tenant_id = ?) AS planned`,
    )
      .bind(tenantId, tenantId, tenantId, tenantId)
      .first()
      .then((row) => JSON.stringify(row));
  const deadline = Date.now() + timeoutMs;
  let before = await snapshot();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const after = await snapshot();
    if (after === before) return;
    if (Date.now() > deadline) throw new Error(`the queue kept changing tenant ${tenantId}'s guests for ${timeoutMs} ms`);
    before = after;
  }
}
