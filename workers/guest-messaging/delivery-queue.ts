import type { Env } from "../platform/env";
import type { ConversationRow } from "./outbound";

/** Email has a queue of its own (3 attempts before the dead-letter queue); every other carrier shares the outbound queue. */
export const deliveryQueue = (env: Env, channel: ConversationRow["channel"] | undefined) => (channel === "email" ? env.EMAIL_QUEUE : env.OUTBOUND_QUEUE);
