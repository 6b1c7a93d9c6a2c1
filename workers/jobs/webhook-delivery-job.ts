import { raiseAlert } from "../alerts/alerts";
import { attemptDelivery, type AttemptOptions, type AttemptOutcome } from "../integrations/webhooks/attempt-delivery";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";

/**
 * One attempt at a partner delivery, and the alert when that attempt turned a failing
 * subscription off (alerts belong to staff, not to the webhook engine).
 */
export async function runWebhookDelivery(db: Database, env: Env, config: Config, deliveryId: string, options: AttemptOptions = {}): Promise<AttemptOutcome> {
  const outcome = await attemptDelivery(db, env, config, deliveryId, options);
  if (outcome.kind === "disabled") {
    const { subscription } = outcome;
    await raiseAlert(db, env, subscription.tenantId, {
      kind: "webhook_subscription_disabled",
      severity: "critical",
      subjectType: "webhook_subscription",
      subjectId: subscription.id,
      message: `Webhooks to ${subscription.url} failed for 5 days and were turned off; fix the endpoint, enable the subscription and replay its failed deliveries.`,
      params: { url: subscription.url },
      dedupeKey: `webhook_subscription_disabled:${subscription.id}:${subscription.failingSince ?? 0}`,
    });
  }
  return outcome;
}
