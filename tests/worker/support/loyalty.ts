import { call } from "./api";
import type { TestTenant } from "./tenant";

/**
 * The tier recorded for a guest (the newest entry of their tier history): what holds, quotes, the
 * portal's free extras and messages go by. The profile's `tier` is counted from the stays and shows
 * a new tier a moment before the queue records it, so a test that waited on it could go on before
 * the discount or benefit applied.
 */
export async function recordedTier(tenant: TestTenant, guestId: string): Promise<string | null> {
  const history = (await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory as Array<{ to: string | null }>;
  return history[0]?.to ?? null;
}

/** The same for the guest a stay is linked to; "unlinked" until it is. */
export async function recordedTierOfStay(tenant: TestTenant, reservationId: string): Promise<string | null> {
  const guestId = (await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token })).json.guestId as string | null;
  return guestId ? recordedTier(tenant, guestId) : "unlinked";
}
