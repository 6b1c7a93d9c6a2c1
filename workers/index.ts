import { buildApp } from "./app";
import type { Env } from "./env";
import { handleQueue } from "./queues/consumer";
import type { QueueMessage } from "./queues/messages";
import { handleScheduled } from "./scheduled";

const app = buildApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) => handleQueue(batch, env),
  scheduled: (controller, env) => handleScheduled(controller, env),
} satisfies ExportedHandler<Env, QueueMessage>;

export { AccommodationCalendar } from "../durable-objects/calendar/accommodation-calendar";
export { ConversationAgent } from "../durable-objects/conversation/conversation-agent";
export { TenantLiveHub } from "../durable-objects/live/tenant-live-hub";
