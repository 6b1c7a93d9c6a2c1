import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { backfillLoyalty } from "../../loyalty/backfill";
import { jsonResponse, notFoundError, unauthorizedError } from "../common";
import { requireOperator } from "./calendar-audit";
import { findTenant } from "../../tenancy/tenants";
import { notFound } from "../../platform/errors";

const route = createRoute({
  method: "post",
  path: "/ops/loyalty-backfill",
  tags: ["Operations"],
  summary: "Operators: builds one tenant's guest profiles and loyalty tiers from its reservations (npm run loyalty:backfill)",
  description: "Idempotent: a second run changes nothing. With dryRun, nothing is written and the answer says what a run would change.",
  security: [{ bearer: [] }],
  middleware: [requireOperator()] as const,
  request: { query: z.object({ tenant: z.string().regex(/^ten_[A-Za-z0-9_-]+$/), dryRun: z.enum(["true", "false"]).optional() }) },
  responses: {
    200: jsonResponse(
      "Report",
      z.object({
        dryRun: z.boolean(),
        unlinkedReservations: z.number().int(),
        guests: z.number().int(),
        tierChanges: z.array(z.object({ guestId: z.string(), from: z.string().nullable(), to: z.string().nullable(), figures: z.object({ stays: z.number().int(), nights: z.number().int() }) })),
      }),
    ),
    ...unauthorizedError,
    ...notFoundError,
  },
});

export function registerLoyaltyBackfill(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { tenant, dryRun } = c.req.valid("query");
    if (!(await findTenant(c.var.db, tenant))) throw notFound("Tenant");
    return c.json(await backfillLoyalty(c.var.db, tenant, { dryRun: dryRun === "true" }), 200);
  });
}
