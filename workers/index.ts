import { buildApp } from "./http/app";
import type { Env } from "./platform/env";
import { handleQueue } from "./jobs/queue-consumer";
import type { QueueMessage } from "./platform/queue-messages";
import { handleScheduled } from "./jobs/cron";
import { handleInboundEmail } from "./jobs/inbound-email";
import { withDatabase } from "../shared/database/choose-database";

const app = buildApp();

// Every entry point sees `env.DB` as the database the deployment chose (D1 or Postgres).
export default {
  fetch: (request, env, ctx) => app.fetch(request, withDatabase(env), ctx),
  queue: (batch, env) => handleQueue(batch, withDatabase(env)),
  scheduled: (controller, env) => handleScheduled(controller, withDatabase(env)),
  // Email Routing delivers mail for the tenants' inbound domains here (guests' replies, portal enquiries).
  email: async (message, env) => {
    await handleInboundEmail(message, withDatabase(env));
  },
} satisfies ExportedHandler<Env, QueueMessage>;

export { AccommodationCalendar } from "../durable-objects/calendar/accommodation-calendar";
export { ConversationAgent } from "../durable-objects/conversation/conversation-agent";
export { TenantLiveHub } from "../durable-objects/live/tenant-live-hub";
export { TenantMembers } from "../durable-objects/members/tenant-members";
export { QuotationRoom } from "../durable-objects/quotations/quotation-room";
export { ReadModelWriter } from "../durable-objects/read-model/read-model-writer";
