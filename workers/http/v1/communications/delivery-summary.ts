import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireScope } from "../../middleware/auth";
import { deliverySummary } from "../../../guest-messaging/delivery-summary";
import { localMidnight } from "../../../../shared/domain/zoned-time";
import { addDays, isoDateSchema, todayIn } from "../../../../shared/domain/dates";
import { tenantTimeZone } from "../../../tenancy/tenants";
import { authErrors, jsonResponse, security } from "../../common";

const MAX_DAYS = 366;

const times = z
  .object({ count: z.number().int(), meanSeconds: z.number().nullable(), p95Seconds: z.number().nullable() })
  .openapi("ResponseTimes");
const byAuthor = z.object({ assistant: times, staff: times });

const summary = z
  .object({
    from: z.string(),
    to: z.string(),
    channels: z.array(
      z.object({
        channel: z.enum(["whatsapp", "email", "webchat"]),
        sent: z.number().int(),
        delivered: z.number().int(),
        read: z.number().int(),
        failed: z.number().int(),
        failureRate: z.number().nullable().openapi({ description: "failed / (sent + failed), 0..1; null when nothing was sent" }),
        firstResponse: byAuthor,
      }),
    ),
    firstResponse: byAuthor.openapi({ description: "Time from a guest's first message after our last one to our next answer, on every channel" }),
  })
  .openapi("DeliverySummary");

const route = createRoute({
  method: "get",
  path: "/v1/communications/delivery/summary",
  tags: ["Communications"],
  summary: "How messages to guests fared: per channel sent, delivered, read, failed, and first-response times",
  description: "`from` and `to` are days at the lodging (both included); by default the last 7 days.",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { query: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }) },
  responses: { 200: jsonResponse("Summary", summary), ...authErrors },
});

export function registerDeliverySummary(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const timeZone = await tenantTimeZone(c.var.db, tenantId);
    const query = c.req.valid("query");
    const to = query.to ?? todayIn(timeZone, new Date());
    const from = query.from ?? addDays(to, -6);
    if (from > to) throw new AppError(400, "invalid_range", "`from` must not be after `to`");
    if (from < addDays(to, -MAX_DAYS)) throw new AppError(400, "range_too_long", `At most ${MAX_DAYS} days at a time`);
    return c.json(await deliverySummary(c.var.db, tenantId, localMidnight(from, timeZone), localMidnight(addDays(to, 1), timeZone)), 200);
  });
}
