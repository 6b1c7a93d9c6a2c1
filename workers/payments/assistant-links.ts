import type { Database } from "../platform/db/client";
import type { Config } from "../platform/env";
import { createPaymentLink } from "./links";

/** Payment links for the assistant (guest-messaging's AssistantDeps), bound to one database and config. */
export function assistantPaymentLinks(db: Database, config: Config) {
  return { paymentLinkFor: (tenantId: string, reservationId: string) => createPaymentLink(db, config, tenantId, reservationId) };
}
