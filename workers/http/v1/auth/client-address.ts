import type { Context } from "hono";
import type { AppEnv } from "../../../platform/env";

/**
 * The client's address as Cloudflare's edge saw it. The edge sets CF-Connecting-IP on every
 * request from the internet (a client cannot forge it); it is missing only on calls that never
 * crossed the edge, such as the tests' in-process requests.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  return c.req.header("cf-connecting-ip") ?? null;
}
