/**
 * Kept for files still being rewritten (workers/bookings, workers/payments/apply-payment.ts,
 * durable-objects/calendar): publishing lives in durable-objects/live/publish.ts, so objects can
 * use it without importing the Worker. Remove once they import it from there.
 */
export { publishLive, type LiveEnv } from "../../../durable-objects/live/publish";
