import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { FAILING_STREAK, subscriptionHealth } from "../../../integrations/webhooks/health";
import { crmHealth } from "../../../integrations/crm/health";
import { authErrors, isoTime, jsonResponse, security } from "../../common";

const integrationSchema = z
  .object({
    kind: z.enum(["webhook_subscription", "crm"]),
    id: z.string(),
    name: z.string(),
    mode: z.enum(["active", "disabled", "deferred", "needs_attention"]).openapi({
      description: "deferred: the provider keeps failing, so changes are queued and only a probe calls it; needs_attention: the provider refused the credential",
    }),
    healthy: z.boolean(),
    lastSuccessAt: z.string().nullable(),
    lastFailureAt: z.string().nullable(),
    failingSince: z.string().nullable(),
    failureStreak: z.number().int(),
    queued: z.number().int(),
    oldestQueuedAt: z.string().nullable(),
  })
  .openapi("IntegrationHealth");

const route = createRoute({
  method: "get",
  path: "/v1/integrations/health",
  tags: ["Operations"],
  summary: "Each webhook subscription and the CRM adapter (when connected): last success, failure streak, queued deliveries, mode",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Health", z.object({ status: z.enum(["ok", "degraded"]), data: z.array(integrationSchema) })), ...authErrors },
});

export function registerIntegrationHealth(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const subscriptions = await subscriptionHealth(c.var.db, c.get("principal").tenantId);
    const data: z.infer<typeof integrationSchema>[] = subscriptions.map((s) => ({
      kind: "webhook_subscription" as const,
      id: s.id,
      name: s.url,
      mode: s.mode,
      healthy: s.mode === "active" && s.failureStreak < FAILING_STREAK,
      lastSuccessAt: isoTime(s.lastSuccessAt),
      lastFailureAt: isoTime(s.lastFailureAt),
      failingSince: isoTime(s.failingSince),
      failureStreak: s.failureStreak,
      queued: s.queued,
      oldestQueuedAt: isoTime(s.oldestQueuedAt),
    }));
    const crm = await crmHealth(c.var.db, c.get("principal").tenantId);
    if (crm.mode !== "off") {
      data.push({
        kind: "crm" as const,
        id: crm.provider ?? "crm",
        name: "HubSpot",
        mode: crm.mode,
        healthy: crm.mode === "active" && crm.failureStreak === 0,
        lastSuccessAt: isoTime(crm.lastSuccessAt),
        lastFailureAt: isoTime(crm.lastFailureAt),
        failingSince: isoTime(crm.failingSince ?? crm.pausedSince),
        failureStreak: crm.failureStreak,
        queued: crm.queued,
        oldestQueuedAt: isoTime(crm.oldestQueuedAt),
      });
    }
    return c.json({ status: data.every((d) => d.healthy) ? ("ok" as const) : ("degraded" as const), data }, 200);
  });
}
