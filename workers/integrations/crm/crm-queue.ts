import { log } from "../../../shared/log";
import type { CrmSyncMessage } from "../../platform/queue-messages";

/**
 * CRM syncs ride the partner-webhook queue (its consumer, retries and dead-letter queue): one
 * message means "send what this tenant owes its CRM"; the rows say what that is.
 */
export interface CrmQueueEnv {
  PARTNER_WEBHOOK_QUEUE: Queue<CrmSyncMessage>;
}

/** Best effort: pending rows whose message never made it are re-queued by the cron's sweep. */
export async function enqueueCrmFlush(env: CrmQueueEnv, tenantId: string, delaySeconds = 0): Promise<void> {
  try {
    await env.PARTNER_WEBHOOK_QUEUE.send({ kind: "crm_sync", tenantId }, delaySeconds > 0 ? { delaySeconds } : undefined);
  } catch (error) {
    log("warn", "crm_enqueue_failed", { tenantId, error: String(error) });
  }
}
