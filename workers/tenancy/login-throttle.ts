import { AppError } from "../platform/errors";
import { clearWindow, hitWindow, peekWindow, type WindowLimit } from "../platform/rate-limit";

/**
 * Failed sign-ins are limited per account and per client address. A locked account
 * unlocks when its 15-minute window ends, so an attacker can slow a user down but
 * never lock them out for good; a success clears the account's counter.
 */
export const ACCOUNT_FAILURES: WindowLimit = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_FAILURES: WindowLimit = { limit: 30, windowMs: 15 * 60_000 };

const accountKey = (email: string) => `login:account:${email}`;
const addressKey = (address: string) => `login:address:${address}`;

export async function assertSignInAllowed(db: D1Database, email: string, address: string): Promise<void> {
  const [account, client] = await Promise.all([
    peekWindow(db, accountKey(email), ACCOUNT_FAILURES),
    peekWindow(db, addressKey(address), ADDRESS_FAILURES),
  ]);
  const blocking = [account, client].filter((w) => w.exceeded);
  if (blocking.length > 0) {
    const retryAfterSeconds = Math.max(...blocking.map((w) => w.retryAfterSeconds));
    throw new AppError(429, "too_many_attempts", "Too many failed sign-ins. Try again later.", { retryAfterSeconds });
  }
}

export async function recordSignInFailure(db: D1Database, email: string, address: string): Promise<void> {
  await Promise.all([
    hitWindow(db, accountKey(email), ACCOUNT_FAILURES),
    hitWindow(db, addressKey(address), ADDRESS_FAILURES),
  ]);
}

export async function recordSignInSuccess(db: D1Database, email: string): Promise<void> {
  await clearWindow(db, accountKey(email));
}
