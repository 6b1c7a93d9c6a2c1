import type { Config } from "../../platform/env";
import { AppError } from "../../platform/errors";

/**
 * Per-minute limits on one anonymous web chat visitor, counted by Rate Limiting bindings at
 * Cloudflare's edge (no D1 write per request). wrangler.toml's CHAT_SESSION_LIMITER and
 * CHAT_MESSAGE_LIMITER hold the same numbers.
 */
export const CHAT_SESSIONS_PER_ADDRESS = { limit: 10, periodSeconds: 60 } as const;
export const CHAT_MESSAGES_PER_SESSION = { limit: 20, periodSeconds: 60 } as const;

const isLoopback = (address: string) => address.startsWith("127.") || address === "::1" || address.startsWith("::ffff:127.");

/**
 * Which address a web chat visitor counts against, or null for none (the same rule as signups).
 * In production every request crossed Cloudflare's edge, so a missing address is one shared
 * bucket (fail closed). Outside production, in-process test calls carry no address and
 * `npm run dev` sees every browser as 127.0.0.1, so they are not limited and tests stay
 * deterministic; a test that means to be limited sends `cf-connecting-ip`.
 */
export function visitorAddressKey(address: string | null, environment: Config["environment"]): string | null {
  if (environment === "production") return address ?? "unknown";
  return address && !isLoopback(address) ? address : null;
}

/** A 429 with the binding's whole period as Retry-After: the binding does not say when its window ends. */
const tooMany = (detail: string, periodSeconds: number) => new AppError(429, "rate_limited", detail, { retryAfterSeconds: periodSeconds });

/** Counts a session opening against the visitor's address; false when the minute's budget is spent. */
export async function sessionOpeningAllowed(limiter: RateLimit, addressKey: string): Promise<boolean> {
  return (await limiter.limit({ key: addressKey })).success;
}

/** Counts a message against its session; false when the minute's budget is spent. */
export async function chatMessageAllowed(limiter: RateLimit, sessionId: string): Promise<boolean> {
  return (await limiter.limit({ key: sessionId })).success;
}

export const tooManySessions = () => tooMany("Too many chat sessions from this address; try again in a minute", CHAT_SESSIONS_PER_ADDRESS.periodSeconds);
export const tooManyMessages = () => tooMany("Too many messages in this chat; wait a minute before writing again", CHAT_MESSAGES_PER_SESSION.periodSeconds);
