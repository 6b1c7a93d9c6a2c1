import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { rotateSubscriptionSecret } from "../../../integrations/webhooks/subscriptions";
import { createPing, getDelivery, listDeliveries, replayDelivery, replayFailedDeliveries } from "../../../integrations/webhooks/deliveries";
import { attemptDelivery } from "../../../integrations/webhooks/attempt-delivery";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { createdSubscriptionSchema, deliverySchema, presentDelivery, presentSubscription, rotateSecretRequest, subscriptionIdParam } from "./schema";

const tags = ["Webhooks"];

const rotateRouteDef = createRoute({
  method: "post",
  path: "/v1/webhook-subscriptions/{id}/rotate-secret",
  tags,
  summary: "A new signing secret (shown only here); the old one keeps signing beside it during the overlap",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam, body: { required: false, content: { "application/json": { schema: rotateSecretRequest } } } },
  responses: { 200: jsonResponse("Rotated", createdSubscriptionSchema), ...authErrors, ...notFoundError },
});

const pingRouteDef = createRoute({
  method: "post",
  path: "/v1/webhook-subscriptions/{id}/ping",
  tags,
  summary: "Send a signed webhook.ping now and answer how the endpoint took it (one attempt, recorded in the log)",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam },
  responses: { 200: jsonResponse("Attempted", deliverySchema), ...authErrors, ...notFoundError, ...conflictError("subscription_disabled") },
});

const listRouteDef = createRoute({
  method: "get",
  path: "/v1/webhook-subscriptions/{id}/deliveries",
  tags,
  summary: "The subscription's delivery log, newest first (status, attempts, latency, the answer's first kilobyte)",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: {
    params: subscriptionIdParam,
    query: z.object({ status: z.enum(["pending", "succeeded", "failed"]).optional(), before: z.string().max(64).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }),
  },
  responses: { 200: jsonResponse("Deliveries", z.object({ data: z.array(deliverySchema) })), ...authErrors, ...notFoundError },
});

const replayRouteDef = createRoute({
  method: "post",
  path: "/v1/webhook-deliveries/{id}/replay",
  tags,
  summary: "Send one delivery again, same webhook-id, from the start of the retry schedule",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 202: jsonResponse("Queued", deliverySchema), ...authErrors, ...notFoundError, ...conflictError("delivery_pending or subscription_disabled") },
});

const replayFailedRouteDef = createRoute({
  method: "post",
  path: "/v1/webhook-subscriptions/{id}/replay-failed",
  tags,
  summary: "Send every failed delivery of the subscription again (up to 1,000 per call)",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam },
  responses: { 202: jsonResponse("Queued", z.object({ replayed: z.number().int() })), ...authErrors, ...notFoundError, ...conflictError("subscription_disabled") },
});

export function registerWebhookDeliveries(app: OpenAPIHono<AppEnv>) {
  app.openapi(rotateRouteDef, async (c) => {
    const body = (c.req.valid("json") as { overlapSeconds?: number } | undefined) ?? {};
    const rotated = await rotateSubscriptionSecret(c.var.db, c.get("config"), c.get("principal").tenantId, c.req.valid("param").id, body.overlapSeconds);
    return c.json({ ...presentSubscription(rotated.subscription), secret: rotated.secret }, 200);
  });

  app.openapi(pingRouteDef, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const ping = await createPing(c.var.db, tenantId, c.req.valid("param").id);
    await attemptDelivery(c.var.db, c.env, c.get("config"), ping.id);
    return c.json(presentDelivery(await getDelivery(c.var.db, tenantId, ping.id)), 200);
  });

  app.openapi(listRouteDef, async (c) => {
    const rows = await listDeliveries(c.var.db, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("query"));
    return c.json({ data: rows.map(presentDelivery) }, 200);
  });

  app.openapi(replayRouteDef, async (c) => {
    const row = await replayDelivery(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(presentDelivery(row), 202);
  });

  app.openapi(replayFailedRouteDef, async (c) => {
    const replayed = await replayFailedDeliveries(c.var.db, c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json({ replayed }, 202);
  });
}
