import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireAdminSession } from "../../middleware/auth";
import { ProviderError } from "../../../payments/provider";
import { processStoredEvent } from "../../../jobs/process-stored-event";
import { getWebhookEvent, listWebhookEvents } from "../../../webhook-events/store";
import { authErrors, badGatewayError, isoTime, jsonResponse, notFoundError, security } from "../../common";

const event = z
  .object({
    id: z.string(),
    provider: z.string(),
    providerEventId: z.string(),
    eventType: z.string().nullable(),
    deliveries: z.number().int(),
    receivedAt: z.string(),
    processedAt: z.string().nullable(),
    outcome: z.string().nullable(),
    lastError: z.string().nullable(),
    rawBody: z.string(),
  })
  .openapi("WebhookEvent");

const listRoute = createRoute({
  method: "get",
  path: "/v1/webhook-events",
  tags: ["Settings"],
  summary: "Stored provider notifications, newest first (at most 100)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Events", z.object({ data: z.array(event) })), ...authErrors },
});

const replayRoute = createRoute({
  method: "post",
  path: "/v1/webhook-events/{id}/replay",
  tags: ["Settings"],
  summary: "Process a stored notification again now (safe: a payment confirms at most once)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: jsonResponse("Processed", z.object({ outcome: z.string(), event })),
    ...authErrors,
    ...notFoundError,
    ...badGatewayError,
  },
});

const present = (r: Awaited<ReturnType<typeof getWebhookEvent>>) => ({
  id: r.id,
  provider: r.provider,
  providerEventId: r.providerEventId,
  eventType: r.eventType,
  deliveries: r.deliveries,
  receivedAt: new Date(r.receivedAt).toISOString(),
  processedAt: isoTime(r.processedAt),
  outcome: r.outcome,
  lastError: r.lastError,
  rawBody: r.rawBody,
});

export function registerWebhookEvents(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const rows = await listWebhookEvents(c.var.db, c.get("principal").tenantId);
    return c.json({ data: rows.map(present) }, 200);
  });

  app.openapi(replayRoute, async (c) => {
    const db = c.var.db;
    const tenantId = c.get("principal").tenantId;
    const stored = await getWebhookEvent(db, tenantId, c.req.valid("param").id);
    let outcome: string;
    try {
      outcome = await processStoredEvent(db, c.env, c.get("config"), tenantId, stored.id, { replay: true });
    } catch (error) {
      if (error instanceof ProviderError) throw new AppError(502, "provider_unavailable", error.message.slice(0, 300));
      throw error;
    }
    return c.json({ outcome, event: present(await getWebhookEvent(db, tenantId, stored.id)) }, 200);
  });
}
