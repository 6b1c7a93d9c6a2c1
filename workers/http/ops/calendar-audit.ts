import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { timingSafeEqual } from "../../../shared/crypto/encoding";
import type { AppEnv } from "../../platform/env";
import { AppError, unauthorized } from "../../platform/errors";
import { auditCalendars } from "../../ops/calendar-audit";
import { bearerToken } from "../bearer-token";
import { jsonResponse, unauthorizedError } from "../common";

/** The deployment's operator, not a tenant: the OPS_TOKEN secret (a development default outside production). */
export const requireOperator = () =>
  createMiddleware<AppEnv>(async function requireOperatorMiddleware(c, next) {
    const expected = c.get("config").opsToken;
    if (!expected) throw new AppError(503, "ops_token_missing", "Set the OPS_TOKEN secret to use operator routes");
    const presented = bearerToken(c.req.header("authorization"));
    if (!presented || !timingSafeEqual(presented, expected)) throw unauthorized("Operator token required");
    await next();
  });

const difference = z.object({
  stayId: z.string(),
  kind: z.enum(["only_in_calendar", "only_in_read_model", "dates_differ"]),
  calendar: z.object({ checkIn: z.string(), checkOut: z.string() }).nullable(),
  readModel: z.object({ checkIn: z.string(), checkOut: z.string() }).nullable(),
});

const route = createRoute({
  method: "get",
  path: "/ops/calendar-audit",
  tags: ["Operations"],
  summary: "Operators: each calendar object against the read model, a page of units at a time (npm run audit:calendars)",
  security: [{ bearer: [] }],
  middleware: [requireOperator()] as const,
  request: { query: z.object({ after: z.string().max(64).optional(), limit: z.coerce.number().int().min(1).max(100).optional() }) },
  responses: {
    200: jsonResponse(
      "Page",
      z.object({
        checked: z.array(z.object({ tenantId: z.string(), accommodationId: z.string(), pendingOutbox: z.number().int(), differences: z.array(difference) })),
        next: z.string().nullable(),
      }),
    ),
    ...unauthorizedError,
  },
});

export function registerCalendarAudit(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => c.json(await auditCalendars(c.var.db, c.env, c.req.valid("query")), 200));
}
