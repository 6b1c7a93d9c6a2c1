import type { Env } from "../platform/env";
import { log } from "../../shared/log";
import { database } from "../platform/db/client";
import { enqueueDueFeeds } from "../ical/due-feeds";
import { retryStuckCalendars } from "../bookings/booking-events";
import { requeueUnprocessedEvents } from "../webhook-events/requeue-unprocessed";
import { purgeEndedSignInWindows } from "../tenancy/login-throttle";
import { requeueStuckOutbound } from "../guest-messaging/outbound-sweep";
import { alertOnFailureRates } from "../guest-messaging/delivery-summary";
import { refreshAllMarkedDays } from "../reports/refresh-marked-days";
import { runDueSteps } from "../communications/due-steps";
import { requeueOverdueDeliveries } from "../integrations/webhooks/deliveries";
import { purgeExpiredAuditEntries } from "../audit/audit-log";
import { remindPartnersBeforeDeadline } from "../quotations/reminders";
import { pollPayuRefundReviews } from "../quotations/payu-refund-review";
import { parseConfig } from "../platform/env";
import { runCrmProbes } from "./crm-sync-job";
import { requeueOverdueCrmSyncs } from "../integrations/crm/health";
import { deleteExpiredIdPhotos } from "../guest-portal/id-photos";
import { alertOnWorseningKpisDaily } from "../guest-portal/kpi-trend-alerts";
import { WEBCHAT_HOLD_WINDOW_PREFIX, WEBCHAT_HOLDS_PER_ADDRESS } from "../guest-messaging/webchat/hold-budget";

/** D1 windows longer than the sign-in ones: the web chat hold budget lasts an hour, not 15 minutes. */
const LONGER_WINDOWS = [{ keyPrefix: WEBCHAT_HOLD_WINDOW_PREFIX, windowMs: WEBCHAT_HOLDS_PER_ADDRESS.windowMs }];

/** The cron that sends scheduled guest messages: steps must go within 5 minutes of their time. */
export const STEPS_CRON = "*/5 * * * *";

/**
 * Two crons: every 5 minutes the due scheduled messages go (one indexed query when none is due);
 * every 15 minutes the sweeps below. A run named by neither (the dev server's
 * /cdn-cgi/local/scheduled) runs both. Each job runs on its own, so one failing does not starve the others.
 */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const steps = {
    runDueSteps: () => runDueSteps(database(env.DB), env, { now: Math.max(controller.scheduledTime, Date.now()) }),
    // A deferred CRM is probed on the 5-minute cron (one indexed query when none is due), so it comes back within minutes of its provider.
    probeDueCrms: () => runCrmProbes(database(env.DB), env, parseConfig(env), Math.max(controller.scheduledTime, Date.now())),
  };
  if (controller.cron === STEPS_CRON) return runJobs(steps);
  const quarterly: Record<string, () => Promise<unknown>> = {
    requeueUnprocessedEvents: () => requeueUnprocessedEvents(env, controller.scheduledTime),
    enqueueDueFeeds: () => enqueueDueFeeds(env, database(env.DB), controller.scheduledTime),
    retryStuckCalendars: () => retryStuckCalendars(env, database(env.DB)),
    purgeEndedSignInWindows: () => purgeEndedSignInWindows(env.DB, controller.scheduledTime, LONGER_WINDOWS),
    requeueStuckOutbound: () => requeueStuckOutbound(env, controller.scheduledTime),
    alertOnFailureRates: () => alertOnFailureRates(database(env.DB), env, controller.scheduledTime),
    requeueOverdueCrmSyncs: () => requeueOverdueCrmSyncs(database(env.DB), env, controller.scheduledTime),
    requeueOverdueDeliveries: () => requeueOverdueDeliveries(database(env.DB), env, controller.scheduledTime),
    purgeExpiredAuditEntries: () => purgeExpiredAuditEntries(database(env.DB), controller.scheduledTime),
    refreshAllMarkedDays: () => refreshAllMarkedDays(env.DB),
    remindPartnersBeforeDeadline: () => remindPartnersBeforeDeadline(env, database(env.DB), parseConfig(env), controller.scheduledTime),
    pollPayuRefundReviews: () => pollPayuRefundReviews(env, database(env.DB), parseConfig(env), controller.scheduledTime),
    alertOnWorseningKpis: () => alertOnWorseningKpisDaily(database(env.DB), env, controller.scheduledTime),
    deleteExpiredIdPhotos: () => deleteExpiredIdPhotos(database(env.DB), env, new Date(controller.scheduledTime).toISOString().slice(0, 10), controller.scheduledTime),
  };
  return runJobs(controller.cron === "*/15 * * * *" ? quarterly : { ...quarterly, ...steps });
}

async function runJobs(jobs: Record<string, () => Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(Object.values(jobs).map((job) => job()));
  Object.keys(jobs).forEach((name, i) => {
    const result = results[i];
    if (result?.status === "rejected") log("error", "cron_job_failed", { job: name, error: String(result.reason) });
  });
}
