import type { Env } from "../platform/env";
import { log } from "../../shared/log";
import { database } from "../platform/db/client";
import { enqueueDueFeeds } from "../ical/due-feeds";
import { settleStrandedReservations } from "../bookings/stranded-reservations";
import { requeueUnprocessedEvents } from "../webhook-events/requeue-unprocessed";

/** The 15-minute cron: each job runs on its own, so one failing does not starve the others. */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const jobs: Record<string, () => Promise<unknown>> = {
    requeueUnprocessedEvents: () => requeueUnprocessedEvents(env, controller.scheduledTime),
    enqueueDueFeeds: () => enqueueDueFeeds(env, database(env.DB), controller.scheduledTime),
    settleStrandedReservations: () => settleStrandedReservations(env, database(env.DB), controller.scheduledTime),
  };
  const results = await Promise.allSettled(Object.values(jobs).map((job) => job()));
  Object.keys(jobs).forEach((name, i) => {
    const result = results[i];
    if (result?.status === "rejected") log("error", "cron_job_failed", { job: name, error: String(result.reason) });
  });
}
