import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { createPaymentLink } from "./links";

/** Payment links for the assistant (guest-messaging's AssistantDeps), bound to one database, environment and config. */
export function assistantPaymentLinks(db: Database, env: Env, config: Config) {
  return { paymentLinkFor: (tenantId: string, reservationId: string) => createPaymentLink(db, env, config, tenantId, reservationId) };
}
