import { AppError } from "../platform/errors";

/** Requests per minute one partner key may make; the API_KEY_LIMITER binding in wrangler.toml holds the same numbers. */
export const API_KEY_RATE_LIMIT = { limit: 600, periodSeconds: 60 } as const;

/** lastUsedAt is a hint for operators, so it is written at most this often per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Counts the request against the key's per-minute budget in the Rate Limiting binding: no D1
 * write. The binding does not say when its window ends, so Retry-After is the whole period.
 */
export async function assertApiKeyWithinLimit(limiter: RateLimit, keyId: string): Promise<void> {
  const { success } = await limiter.limit({ key: keyId });
  if (!success) {
    throw new AppError(429, "rate_limited", "This API key has made too many requests; slow down", {
      retryAfterSeconds: API_KEY_RATE_LIMIT.periodSeconds,
    });
  }
}

/** True when the stored lastUsedAt (read with the key) is missing or older than the resolution. */
export function isLastUsedStale(lastUsedAt: number | null, now = Date.now()): boolean {
  return lastUsedAt === null || now - lastUsedAt >= LAST_USED_RESOLUTION_MS;
}
