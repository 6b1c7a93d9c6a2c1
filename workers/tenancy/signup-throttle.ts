import type { Config } from "../platform/env";
import { AppError } from "../platform/errors";

/** Signups per minute from one address; the SIGNUP_LIMITER binding in wrangler.toml holds the same numbers. */
export const SIGNUPS_PER_ADDRESS = { limit: 5, periodSeconds: 60 } as const;

const isLoopback = (address: string) => address.startsWith("127.") || address === "::1" || address.startsWith("::ffff:127.");

/**
 * Which address a signup counts against, or null for none. In production every request
 * crossed Cloudflare's edge, so a missing address is one shared bucket (fail closed). Outside
 * production, in-process test calls carry no address and `npm run dev` sees every browser test
 * as 127.0.0.1; neither is the abuse this guards against, so they are not throttled.
 */
export function signupThrottleKey(address: string | null, environment: Config["environment"]): string | null {
  if (environment === "production") return address ?? "unknown";
  return address && !isLoopback(address) ? address : null;
}

/** Counts a signup against its address in the Rate Limiting binding, before the password is hashed. */
export async function assertSignupAllowed(limiter: RateLimit, address: string): Promise<void> {
  const { success } = await limiter.limit({ key: address });
  if (!success) {
    // The binding does not say when its window ends, so Retry-After is the whole period.
    throw new AppError(429, "rate_limited", "Too many signups from this address; try again in a minute", {
      retryAfterSeconds: SIGNUPS_PER_ADDRESS.periodSeconds,
    });
  }
}
