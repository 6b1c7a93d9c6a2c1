import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../db/client";
import type { AppEnv } from "../../../env";
import { requireAdminSession } from "../../../middleware/auth";
import { listWebhookEvents } from "../../../services/webhook-events";
import { authErrors, jsonResponse, security } from "../../common";

const event = z
  .object({
    id: z.string(),
    provider: z.string(),
    providerEventId: z.string(),
    eventType: z.string().nullable(),
    deliveries: z.number().int(),
    receivedAt: z.string(),
    processedAt: z.string().nullable(),
    lastError: z.string().nullable(),
    rawBody: z.string(),
  })
  .openapi("WebhookEvent");

const route = createRoute({
  method: "get",
  path: "/v1/webhook-events",
  tags: ["Settings"],
  summary: "Stored provider notifications, newest first (at most 100)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Events", z.object({ data: z.array(event) })), ...authErrors },
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function registerListWebhookEvents(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const rows = await listWebhookEvents(database(c.env.DB), c.get("principal").tenantId);
    const data = rows.map((r) => ({
      id: r.id,
      provider: r.provider,
      providerEventId: r.providerEventId,
      eventType: r.eventType,
      deliveries: r.deliveries,
      receivedAt: new Date(r.receivedAt).toISOString(),
      processedAt: iso(r.processedAt),
      lastError: r.lastError,
      rawBody: r.rawBody,
    }));
    return c.json({ data }, 200);
  });
}
