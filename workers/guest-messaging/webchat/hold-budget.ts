import type { Database } from "../../platform/db/client";
import type { Env } from "../../platform/env";
import { refundAll, reserveAll, type Reservation, type WindowLimit } from "../../platform/rate-limit";
import type { HoldBudget } from "../assistant/hold-budget";
import { alertWebChatFlood } from "./flood-alert";

/**
 * Holds one web chat address may take per tenant per hour. An hour is longer than any Rate
 * Limiting binding period (10 or 60 s), so the budget is a D1 window, reserved before the hold
 * by one conditional upsert (parallel turns cannot both take the last one). Per tenant: a
 * traveller comparing two lodgings is not one flood.
 */
export const WEBCHAT_HOLDS_PER_ADDRESS: WindowLimit = { limit: 3, windowMs: 3_600_000 };

/** Key prefix of these windows; the cron keeps them for their whole hour (see jobs/cron.ts). */
export const WEBCHAT_HOLD_WINDOW_PREFIX = "webchat:holds:";

export function webChatHoldBudget(db: Database, env: Env, tenantId: string, addressKey: string): HoldBudget {
  let taken: Reservation[] = [];
  return {
    async take() {
      const reserved = await reserveAll(env.DB, [{ key: `${WEBCHAT_HOLD_WINDOW_PREFIX}${tenantId}:${addressKey}`, rule: WEBCHAT_HOLDS_PER_ADDRESS }]);
      if (reserved.ok) {
        taken = reserved.reservations;
        return true;
      }
      await alertWebChatFlood(db, env, tenantId, "holds");
      return false;
    },
    async giveBack() {
      await refundAll(env.DB, taken);
      taken = [];
    },
  };
}
