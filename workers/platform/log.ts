/**
 * Kept for files still being rewritten (workers/bookings, workers/payments/apply-payment.ts,
 * durable-objects/calendar): logging lives in shared/log.ts. Remove once they import it from there.
 */
export { log } from "../../shared/log";
