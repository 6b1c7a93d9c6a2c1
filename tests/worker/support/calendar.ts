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
