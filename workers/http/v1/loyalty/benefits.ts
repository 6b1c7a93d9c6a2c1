import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { addDays, isoDateSchema, todayIn } from "../../../../shared/domain/dates";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { benefitsOwed, markBenefitDelivered, undoBenefitDelivered, type OwedBenefit } from "../../../loyalty/benefits-owed";
import { tenantTimeZone } from "../../../tenancy/tenants";
import { requireScope } from "../../middleware/auth";
import { authErrors, conflictError, isoTime, jsonResponse, notFoundError, security } from "../../common";

const tags = ["Loyalty"];
/** A list covers at most two months of arrivals. */
const MAX_DAYS = 62;

const benefit = z
  .object({
    id: z.string(),
    kind: z
      .enum(["discount", "welcome", "benefit", "late_checkout", "early_checkin"])
      .openapi({ description: "`discount`: the tier's percent; `welcome`: the tier's welcome text; `benefit`: a line of the tier's own words; `late_checkout`/`early_checkin`: an extra the tier gives free, given once the guest claims it in their portal" }),
    text: z.string().nullable(),
    percent: z.number().nullable(),
    amount: z.object({ amount: z.number().int(), currency: z.string() }).nullable().openapi({ description: "What the discount took off the stay (negative); null while it was not applied (a stay priced by hand or by a channel)" }),
    automatic: z.boolean().openapi({ description: "Delivered by itself (the discount priced into the stay, a free extra claimed): it cannot be undone" }),
    state: z.enum(["pending", "delivered"]),
    deliveredAt: z.string().nullable(),
    deliveredBy: z.object({ type: z.enum(["user", "api_key"]), id: z.string(), name: z.string().nullable() }).nullable(),
  })
  .openapi("LoyaltyBenefit");

const stayBenefits = z
  .object({
    reservationId: z.string(),
    code: z.string(),
    guestId: z.string(),
    guestName: z.string(),
    accommodationId: z.string(),
    unitName: z.string(),
    checkIn: z.string(),
    checkOut: z.string(),
    tier: z.string(),
    benefits: z.array(benefit),
  })
  .openapi("LoyaltyStayBenefits");

const listQuery = z.object({
  from: isoDateSchema.optional().openapi({ description: "First arrival day (default: today at the lodging)" }),
  to: isoDateSchema.optional().openapi({ description: `Last arrival day, included (default: six days after \`from\`); at most ${MAX_DAYS} days after it` }),
});

const listRoute = createRoute({
  method: "get",
  path: "/v1/loyalty/benefits",
  tags,
  summary: "Benefits owed to the guests arriving this week (or between two days), and whether each was given",
  description: "Confirmed stays of guests who hold a tier, in order of arrival; held and cancelled stays owe nothing.",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: listQuery },
  responses: { 200: jsonResponse("Benefits owed", z.object({ from: z.string(), to: z.string(), data: z.array(stayBenefits) }).openapi("LoyaltyBenefits")), ...authErrors },
});

const idParam = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" } }) });

const markRoute = createRoute({
  method: "post",
  path: "/v1/loyalty/benefits/{id}/delivered",
  tags,
  summary: "Mark a benefit given to the guest (who and when are recorded); marking it again changes nothing",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: idParam },
  responses: { 200: jsonResponse("The benefit", benefit), ...authErrors, ...notFoundError },
});

const undoRoute = createRoute({
  method: "delete",
  path: "/v1/loyalty/benefits/{id}/delivered",
  tags,
  summary: "Take back a mark made by mistake",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: idParam },
  responses: { 200: jsonResponse("The benefit", benefit), ...authErrors, ...notFoundError, ...conflictError("`delivered_automatically`: the discount was priced into the stay") },
});

const present = (b: OwedBenefit): z.infer<typeof benefit> => ({
  id: b.id,
  kind: b.kind,
  text: b.text,
  percent: b.percent,
  amount: b.amount,
  automatic: b.automatic,
  state: b.delivered ? "delivered" : "pending",
  deliveredAt: b.delivered && !b.automatic ? isoTime(b.delivered.at) : null,
  deliveredBy: b.delivered?.by ?? null,
});

export function registerLoyaltyBenefits(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const tenantId = c.var.principal.tenantId;
    const query = c.req.valid("query");
    const from = query.from ?? todayIn(await tenantTimeZone(c.var.db, tenantId), new Date());
    const to = query.to ?? addDays(from, 6);
    if (to < from || to > addDays(from, MAX_DAYS)) {
      throw new AppError(400, "validation_failed", "The request has invalid fields", { errors: [{ path: "to", message: `on or after from, at most ${MAX_DAYS} days after it` }] });
    }
    const stays = await benefitsOwed(c.var.db, tenantId, from, to);
    return c.json({ from, to, data: stays.map((s) => ({ ...s, benefits: s.benefits.map(present) })) }, 200);
  });
  app.openapi(markRoute, async (c) => c.json(present(await markBenefitDelivered(c.var.db, c.var.principal, c.req.valid("param").id)), 200));
  app.openapi(undoRoute, async (c) => c.json(present(await undoBenefitDelivered(c.var.db, c.var.principal.tenantId, c.req.valid("param").id)), 200));
}
