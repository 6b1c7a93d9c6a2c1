/**
 * Every message our queues carry. Messages hold ids only: the consumer reloads the current
 * state, so a message delivered twice or late acts on the truth, not on a stale copy.
 */
export type QueueMessage = { kind: "webhook_event"; tenantId: string; eventId: string };
