import { AppError } from "../platform/errors";
import { deleteEndedWindows, refundAll, reserveAll, type LongerWindow, type Reservation, type WindowLimit } from "../platform/rate-limit";

/**
 * Password checks are budgeted per account and per client address. The budget is reserved
 * before the password is hashed, atomically in D1, so parallel attempts cannot all slip
 * past one check: at most `limit` passwords are ever checked per window. An attempt that
 * succeeds gives its reservation back; failures keep theirs. A spent budget comes back when
 * its 15-minute window ends, so an attacker can slow a user down but never lock them out
 * for good.
 *
 * Why D1 and not a per-account Durable Object: the per-address budget spans accounts, so an
 * object per account could not enforce it; one conditional upsert per budget in a single
 * batch is atomic already, costs one round trip, and needs no new object class.
 */
export const ACCOUNT_ATTEMPTS: WindowLimit = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_ATTEMPTS: WindowLimit = { limit: 30, windowMs: 15 * 60_000 };

const accountKey = (email: string) => `login:account:${email}`;
const addressKey = (address: string) => `login:address:${address}`;

/** A reserved password check, to be given back if the attempt succeeds. */
export type PasswordCheckBudget = readonly Reservation[];

/** Reserves one password check for the account and the address, or answers 429 with Retry-After. */
export async function reservePasswordCheck(db: D1Database, email: string, address: string): Promise<PasswordCheckBudget> {
  const reserved = await reserveAll(db, [
    { key: accountKey(email), rule: ACCOUNT_ATTEMPTS },
    { key: addressKey(address), rule: ADDRESS_ATTEMPTS },
  ]);
  if (!reserved.ok) {
    throw new AppError(429, "too_many_attempts", "Too many failed sign-ins. Try again later.", { retryAfterSeconds: reserved.retryAfterSeconds });
  }
  return reserved.reservations;
}

/** The password was right: this attempt does not count against either budget. */
export async function refundPasswordCheck(db: D1Database, budget: PasswordCheckBudget): Promise<void> {
  await refundAll(db, budget);
}

/**
 * Deletes sign-in windows that have ended (from the 15-minute cron), so the table stays small;
 * windows other domains keep longer (`longer`) are deleted only when their own window ends.
 */
export async function purgeEndedSignInWindows(db: D1Database, now = Date.now(), longer: readonly LongerWindow[] = []): Promise<number> {
  return deleteEndedWindows(db, Math.max(ACCOUNT_ATTEMPTS.windowMs, ADDRESS_ATTEMPTS.windowMs), now, longer);
}
