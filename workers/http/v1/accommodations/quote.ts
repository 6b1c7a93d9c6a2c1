import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { moneySchema } from "../../../../shared/domain/money";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { getAccommodation } from "../../../accommodations/accommodations";
import { quoteFor } from "../../../bookings/quotes";
import { quoteForGuest } from "../../../loyalty/quote-adjustments";
import { fittingPackage, packageCatalog } from "../../../packages/quote-package";
import { priceAdjustment } from "../reservations/schema";
import { adjustQuote } from "../../../../shared/pricing/adjustments";
import { authErrors, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { accommodationIdParam } from "./schema";

export const stayQuery = z.object({
  checkIn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  checkOut: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  guests: z.coerce.number().int().min(1).max(100),
});

export const quoteSchema = z
  .object({
    nights: z.number().int(),
    total: moneySchema,
    deposit: moneySchema,
    breakdown: z.array(z.object({ date: z.string(), price: moneySchema })),
  })
  .openapi("Quote");


const localized = z.object({ es: z.string().optional(), pt: z.string().optional(), en: z.string().optional() });

export const packageOfferSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    extras: z.array(z.object({ id: z.string(), kind: z.enum(["late_checkout", "early_checkin", "other"]), title: localized })).openapi({ description: "Extras of the catalog included in the package's price" }),
  })
  .openapi("PackageOffer");

const guestQuote = quoteSchema
  .extend({
    adjustments: z.array(priceAdjustment).openapi({
      description: "Lines already taken into `total` (the deposit follows), in the order they apply: the package the stay fits, then the loyalty discount of the guest named by `guestId`; empty without either",
    }),
    package: packageOfferSchema.optional().openapi({ description: "The package the stay fits (unit, nights, dates), when one does" }),
  })
  .openapi("StayQuote");

const route = createRoute({
  method: "get",
  path: "/v1/accommodations/{id}/quote",
  tags: ["Accommodations"],
  summary: "Price a stay night by night",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: {
    params: accommodationIdParam,
    query: stayQuery.extend({
      guestId: z.string().min(1).max(80).optional().openapi({ description: "A guest profile: their loyalty tier's discount is applied" }),
      packageId: z.string().min(1).max(80).optional().openapi({ description: "Only this package is considered (by default, the fitting one the guest pays least with)" }),
      packages: z.enum(["fitting", "none"]).default("fitting").openapi({ description: "none: the nights alone, as a hold without packageId is priced, even when a package fits" }),
    }),
  },
  responses: {
    200: jsonResponse("Quote", guestQuote),
    ...authErrors,
    ...notFoundError,
    ...unprocessableError("invalid_range, min_stay, over_capacity, in_the_past or too_long"),
  },
});

export function registerQuote(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("principal").tenantId;
    const row = await getAccommodation(db, tenantId, c.req.valid("param").id);
    const { guestId, packageId, packages, ...stay } = c.req.valid("query");
    const nights = quoteFor(row, stay);
    // The package and the guest's discount are applied together, package first (shared/pricing/adjustments.ts).
    const fits = packages === "none" ? null : fittingPackage(await packageCatalog(db, tenantId), row.id, stay, nights.total, packageId);
    const rules = fits ? [fits.rule] : [];
    const priced = guestId ? await quoteForGuest(db, tenantId, guestId, nights, row, rules) : adjustQuote(nights, row.depositPercent, rules);
    return c.json(fits ? { ...priced, package: fits.offer } : priced, 200);
  });
}
