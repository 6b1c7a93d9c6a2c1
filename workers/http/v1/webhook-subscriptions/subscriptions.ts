import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { createSubscription, deleteSubscription, getSubscription, listSubscriptions, updateSubscription } from "../../../integrations/webhooks/subscriptions";
import { WEBHOOK_EVENT_TYPES } from "../../../integrations/webhooks/event-types";
import { authErrors, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { createdSubscriptionSchema, createSubscriptionRequest, presentSubscription, subscriptionIdParam, subscriptionSchema, updateSubscriptionRequest } from "./schema";

const tags = ["Webhooks"];

const createRouteDef = createRoute({
  method: "post",
  path: "/v1/webhook-subscriptions",
  tags,
  summary: "Subscribe an endpoint to events (Standard Webhooks signing; the secret is shown only here)",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { body: jsonBody(createSubscriptionRequest) },
  responses: { 201: jsonResponse("Created", createdSubscriptionSchema), ...authErrors, ...unprocessableError("url_not_allowed: the URL is not https on 443 or names a private host") },
});

const listRouteDef = createRoute({
  method: "get",
  path: "/v1/webhook-subscriptions",
  tags,
  summary: "The tenant's webhook subscriptions",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  responses: { 200: jsonResponse("Subscriptions", z.object({ data: z.array(subscriptionSchema) })), ...authErrors },
});

const getRouteDef = createRoute({
  method: "get",
  path: "/v1/webhook-subscriptions/{id}",
  tags,
  summary: "One webhook subscription",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam },
  responses: { 200: jsonResponse("Subscription", subscriptionSchema), ...authErrors, ...notFoundError },
});

const updateRouteDef = createRoute({
  method: "patch",
  path: "/v1/webhook-subscriptions/{id}",
  tags,
  summary: "Change the URL, events or description, or enable or disable the subscription",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam, body: jsonBody(updateSubscriptionRequest) },
  responses: { 200: jsonResponse("Subscription", subscriptionSchema), ...authErrors, ...notFoundError, ...unprocessableError("url_not_allowed") },
});

const deleteRouteDef = createRoute({
  method: "delete",
  path: "/v1/webhook-subscriptions/{id}",
  tags,
  summary: "Delete a subscription and its delivery log",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  request: { params: subscriptionIdParam },
  responses: { 204: { description: "Deleted" }, ...authErrors, ...notFoundError },
});

const eventTypesRouteDef = createRoute({
  method: "get",
  path: "/v1/webhook-event-types",
  tags,
  summary: "The event types a subscription may name",
  security,
  middleware: [requireScope("webhooks:manage")] as const,
  responses: { 200: jsonResponse("Event types", z.object({ data: z.array(z.string()) })), ...authErrors },
});

export function registerWebhookSubscriptions(app: OpenAPIHono<AppEnv>) {
  app.openapi(eventTypesRouteDef, (c) => c.json({ data: [...WEBHOOK_EVENT_TYPES] }, 200));

  app.openapi(createRouteDef, async (c) => {
    const created = await createSubscription(c.var.db, c.get("config"), c.get("principal").tenantId, c.req.valid("json"));
    return c.json({ ...presentSubscription(created.subscription), secret: created.secret }, 201);
  });

  app.openapi(listRouteDef, async (c) => {
    const rows = await listSubscriptions(c.var.db, c.get("principal").tenantId);
    return c.json({ data: rows.map(presentSubscription) }, 200);
  });

  app.openapi(getRouteDef, async (c) => {
    const row = await getSubscription(c.var.db, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(presentSubscription(row), 200);
  });

  app.openapi(updateRouteDef, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const { id } = c.req.valid("param");
    const row = await updateSubscription(c.var.db, c.get("config"), tenantId, id, c.req.valid("json"));
    return c.json(presentSubscription(row ?? (await getSubscription(c.var.db, tenantId, id))), 200);
  });

  app.openapi(deleteRouteDef, async (c) => {
    await deleteSubscription(c.var.db, c.get("principal").tenantId, c.req.valid("param").id);
    return c.body(null, 204);
  });
}
