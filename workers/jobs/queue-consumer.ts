import { log } from "../../shared/log";
import { database } from "../platform/db/client";
import { parseConfig, type Env } from "../platform/env";
import { handleIcalSync } from "../ical/due-feeds";
import { deliverOutbound, giveUpOutbound } from "../guest-messaging/deliver-outbound";
import { WhatsAppApiError } from "../guest-messaging/whatsapp/api";
import { EmailSendError } from "../guest-messaging/email/sender";
import { queueMessage } from "../platform/queue-messages";
import { neverPermanent, settle, settleTogether } from "./settle";
import { runWebhookEventJob } from "./webhook-event-job";
import { handleOutboxHealth } from "../bookings/booking-events";
import { tellGuestStayConfirmed } from "../guest-messaging/stay-confirmed";
import { followReservation, followReservations } from "../communications/follow-reservation";
import { publishReservationEvents } from "../integrations/webhooks/reservation-events";
import { runWebhookDelivery } from "./webhook-delivery-job";
import { buildExport } from "../portability/build-export";
import { linkGuests } from "../guests/link-on-change";
import { followTiers } from "./follow-tiers";
import { runCrmFlush } from "./crm-sync-job";
import { queueCrmSyncForReservations } from "../integrations/crm/sync-jobs";
import { claimPackageDays } from "../packages/book-package";

export { retryDelaySeconds } from "./settle";

/**
 * Every queue's consumer. Each body is parsed first: one that is not a message of ours is
 * logged and acknowledged (retrying cannot make it valid), then each kind goes to its owner.
 */
export async function handleQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = database(env.DB);
  const config = parseConfig(env);
  const deadLetters = batch.queue.endsWith("-dlq");
  const changed = new Map<string, Array<{ message: Message<unknown>; reservationId: string }>>();
  for (const message of batch.messages) {
    const parsed = queueMessage.safeParse(message.body);
    if (!parsed.success) {
      log("error", "queue_message_invalid", { queue: batch.queue, messageId: message.id, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).slice(0, 5) });
      message.ack();
      continue;
    }
    const body = parsed.data;
    switch (body.kind) {
      case "stay_confirmed":
        await settle(message, () => tellGuestStayConfirmed(db, env, body)
              .then(() => followReservation(db, env, body, { justConfirmed: true }))
              .then(() => claimPackageDays(db, env, body)), {
          event: "stay_confirmed_failed",
          fields: { reservationId: body.reservationId },
          isPermanent: neverPermanent,
        });
        break;
      case "reservation_changed":
        // Gathered per tenant and followed together after the loop (one plan for a burst of holds).
        changed.set(body.tenantId, [...(changed.get(body.tenantId) ?? []), { message, reservationId: body.reservationId }]);
        break;
      case "calendar_outbox_stuck":
      case "calendar_outbox_recovered":
        await settle(message, () => handleOutboxHealth(db, env, body), { event: "outbox_health_failed", fields: { kind: body.kind }, isPermanent: neverPermanent });
        break;
      case "ical_sync":
        // Fetch and parse failures are recorded on the feed; only a crash gets here and is retried.
        await settle(message, () => handleIcalSync(db, env, config, body).then(() => undefined), { event: "ical_sync_crashed", level: "error", fields: { feedId: body.feedId }, isPermanent: neverPermanent });
        break;
      case "outbound":
        await settle(message, () => (deadLetters ? giveUpOutbound(db, env, body.messageId) : deliverOutbound(db, env, config, body.messageId).then(() => undefined)), {
          event: "outbound_failed",
          fields: { messageId: body.messageId },
          isPermanent: (error) => (error instanceof WhatsAppApiError || error instanceof EmailSendError) && !error.retryable,
          onFailure: async (_error, permanent) => {
            if (permanent) await giveUpOutbound(db, env, body.messageId);
          },
        });
        break;
      case "webhook_delivery":
        // A failed attempt is not a failed message: the attempt records it and re-sends itself with
        // its own delay. Only a crash gets here and is retried.
        await settle(message, () => runWebhookDelivery(db, env, config, body.deliveryId).then(() => undefined), { event: "webhook_delivery_crashed", level: "error", fields: { deliveryId: body.deliveryId }, isPermanent: neverPermanent });
        break;
      case "crm_sync":
        // A failed call is the adapter's to handle (retry, deferred, needs attention); only a crash gets here and is retried.
        await settle(message, () => runCrmFlush(db, env, config, body.tenantId).then(() => undefined), { event: "crm_sync_crashed", level: "error", fields: { tenantId: body.tenantId }, isPermanent: neverPermanent });
        break;
      case "tenant_export":
        // A failed build is recorded on the export's row; only a crash gets here and is retried.
        await settle(message, () => buildExport(db, env, body.tenantId, body.exportId), { event: "tenant_export_crashed", level: "error", fields: { exportId: body.exportId }, isPermanent: neverPermanent });
        break;
      case "webhook_event":
        await runWebhookEventJob(message, body, db, env, config, deadLetters);
        break;
    }
  }
  for (const [tenantId, events] of changed) {
    // Every step is idempotent, so a retry after any failed repeats nothing the guest or a partner sees.
    await settleTogether(
      events.map((e) => e.message),
      async () => {
        await linkGuests(db, env, tenantId, events.map((e) => e.reservationId));
        await followTiers(db, env, tenantId, events.map((e) => e.reservationId));
        await queueCrmSyncForReservations(db, env, tenantId, events.map((e) => e.reservationId));
        await followReservations(db, env, tenantId, events.map((e) => e.reservationId));
        await publishReservationEvents(db, env, { tenantId, reservationIds: events.map((e) => e.reservationId) });
      },
      { event: "reservation_schedule_failed", fields: { tenantId, reservations: events.length }, isPermanent: neverPermanent },
    );
  }
}
