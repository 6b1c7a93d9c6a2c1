import type { AssistantDeps } from "../guest-messaging/assistant/assistant-deps";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { createPaymentLink } from "./links";
import { transferInstructions } from "./transfer/instructions";
import { receiveTransferReceipt } from "./transfer/receive-receipt";

/** Payments for the assistant (guest-messaging's AssistantDeps), bound to one database, environment and config. */
export function assistantPaymentLinks(db: Database, env: Env, config: Config) {
  return {
    paymentLinkFor: (tenantId: string, reservationId: string) => createPaymentLink(db, env, config, tenantId, reservationId),
    transferInstructionsFor: (tenantId, reservationId, lang) => transferInstructions(db, env, tenantId, reservationId, lang),
    receiveTransferReceipt: async (receipt) => (await receiveTransferReceipt(db, env, receipt)).outcome !== "not_a_receipt",
  } satisfies AssistantDeps;
}
