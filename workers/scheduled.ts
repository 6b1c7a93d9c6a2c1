import type { Env } from "./env";
import { log } from "./log";
import { database } from "./db/client";
import { enqueueDueFeeds } from "./queues/ical-sync";
import { settleStrandedReservations } from "./queues/stranded-reservations";
import { requeueUnprocessedEvents } from "./queues/sweep";

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
