import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { pushLoyaltyCopy } from "../../../bookings/loyalty-copy";
import { readTiers, saveTiers, WELCOME_TEXT_MAX } from "../../../loyalty/tier-settings";
import { requireAdminSession, requireScope } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";

const tier = z
  .object({
    name: z.string().trim().min(1).max(40),
    minStays: z.number().int().min(1).max(1000).nullable().optional().openapi({ description: "Confirmed stays in the last 24 months that reach the tier" }),
    minNights: z.number().int().min(1).max(10_000).nullable().optional().openapi({ description: "Or confirmed nights in the last 24 months that reach it" }),
    discountPercent: z.number().min(0).max(90).nullable().optional().openapi({ description: "Off direct bookings, shown as its own line in quotes" }),
    benefits: z.array(z.string().trim().min(1).max(200)).max(10).optional().openapi({ description: "What else the tier gives, in the lodging's words (a bottle of wine, a discount at the spa)" }),
    welcomeText: z
      .string()
      .max(10_000)
      .nullable()
      .optional()
      .openapi({ description: `Plain text in the lodging's language, at most ${WELCOME_TEXT_MAX} characters (longer: 422 \`welcome_text_too_long\`); the template variable \`{loyaltyWelcome}\` says it to a guest of the tier` }),
    freeExtras: z
      .array(z.string().min(1).max(80))
      .max(4)
      .optional()
      .openapi({ description: "Late check-out or early check-in extras of the catalog (upsell ids) the tier gives at no charge: the guest's portal offers them at 0, claimed through the calendar like a paid one (422 `invalid_free_extras` otherwise)" }),
  })
  .refine((t) => (t.minStays ?? null) !== null || (t.minNights ?? null) !== null, { message: "a tier needs minStays or minNights", path: ["minStays"] })
  .openapi("LoyaltyTier");

const tiersBody = z
  .object({ tiers: z.array(tier).max(10).openapi({ description: "Lowest first; a guest holds the highest tier they reach. Empty: no programme" }) })
  .refine((b) => new Set(b.tiers.map((t) => t.name.toLocaleLowerCase())).size === b.tiers.length, { message: "tier names must differ", path: ["tiers"] })
  .openapi("LoyaltyTiers");

const tiersResponse = z.object({
  tiers: z.array(z.object({ name: z.string(), minStays: z.number().nullable(), minNights: z.number().nullable(), discountPercent: z.number().nullable(), benefits: z.array(z.string()), welcomeText: z.string().nullable(), freeExtras: z.array(z.string()) })),
});

const tags = ["Loyalty"];

const getRoute = createRoute({
  method: "get",
  path: "/v1/loyalty/tiers",
  tags,
  summary: "The lodging's loyalty tiers, lowest first",
  security,
  middleware: [requireScope("reservations:read")] as const,
  responses: { 200: jsonResponse("Tiers", tiersResponse), ...authErrors },
});

const putRoute = createRoute({
  method: "put",
  path: "/v1/loyalty/tiers",
  tags,
  summary: "Replace the loyalty tiers (owners and admins)",
  description: "Guests' tiers follow at their next stay change; `npm run loyalty:backfill` works every guest's out again at once.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(tiersBody) },
  responses: { 200: jsonResponse("Tiers", tiersResponse), ...authErrors, 422: { description: "`welcome_text_too_long`: a tier's welcome text is longer than the limit; `invalid_free_extras`: a free extra is not a late check-out or early check-in of the catalog" } },
});

export function registerLoyalty(app: OpenAPIHono<AppEnv>) {
  app.openapi(getRoute, async (c) => c.json({ tiers: await readTiers(c.var.db, c.get("principal").tenantId) }, 200));
  app.openapi(putRoute, async (c) => {
    const tiers = c.req.valid("json").tiers.map((t) => ({ name: t.name, minStays: t.minStays ?? null, minNights: t.minNights ?? null, discountPercent: t.discountPercent ?? null, benefits: t.benefits ?? [], welcomeText: t.welcomeText?.trim() || null, freeExtras: [...new Set(t.freeExtras ?? [])] }));
    const tenantId = c.get("principal").tenantId;
    const saved = await saveTiers(c.var.db, tenantId, tiers);
    await pushLoyaltyCopy(c.var.db, c.env, tenantId, saved.tiers, saved.updatedAt);
    return c.json({ tiers: saved.tiers }, 200);
  });
}
