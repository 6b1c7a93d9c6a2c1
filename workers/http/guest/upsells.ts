import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import type { LocalizedText } from "../../platform/db/schema";
import { portalReservation } from "../../guest-portal/portal-stay";
import { reservationLanguage } from "../../guest-portal/portal-language";
import { offersFor } from "../../guest-portal/upsells/offers";
import { freeExtrasFor } from "../../guest-portal/upsells/tier-extras";
import { purchasesOf, requestUpsell, transferForExtras } from "../../guest-portal/upsells/purchases";
import { jsonResponse } from "../common";
import { conflict, portalErrors, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";

const purchaseStatus = z.enum(["pending_approval", "awaiting_payment", "paid", "declined", "cancelled"]);
const purchaseView = z.object({ id: z.string(), upsellId: z.string(), title: z.string(), amount: z.number().int(), currency: z.string(), status: purchaseStatus, paymentUrl: z.string().nullable() });
const offerView = z.object({
  id: z.string(),
  kind: z.enum(["late_checkout", "early_checkin", "other"]),
  title: z.string(),
  description: z.string(),
  price: z.number().int().openapi({ description: "Minor units of `currency`; 0 when the guest's loyalty tier gives it" }),
  freeByTier: z.boolean().openapi({ description: "The guest's loyalty tier gives this extra at no charge" }),
  currency: z.string(),
  requiresApproval: z.boolean(),
});
const transferView = z.object({ cbu: z.string(), alias: z.string().nullable(), holderName: z.string(), cuit: z.string() }).nullable();

const listRoute = createRoute({
  method: "get",
  path: "/guest-api/{token}/upsells",
  tags,
  summary: "The extras this stay may buy now (late check-out only when nobody arrives that day, and so on), and what it has bought",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam },
  responses: { 200: jsonResponse("Offers and purchases", z.object({ data: z.array(offerView), purchases: z.array(purchaseView) }).openapi("PortalUpsells")), ...portalErrors },
});

const buyRoute = createRoute({
  method: "post",
  path: "/guest-api/{token}/upsells/{upsellId}",
  tags,
  summary: "Buy (or ask for) an extra",
  description:
    "`awaiting_payment` with a `paymentUrl` (the lodging's payment provider) or without one (pay by the transfer account given, or at the desk); `pending_approval` when the lodging confirms it first. Asking again for the same extra answers the same purchase.",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam.extend({ upsellId: z.string().min(1).max(80) }) },
  responses: {
    200: jsonResponse("The purchase", z.object({ id: z.string(), status: purchaseStatus, paymentUrl: z.string().optional(), transfer: transferView }).openapi("PortalUpsellPurchase")),
    ...portalErrors,
    404: { description: "No such extra" },
    ...conflict("upsell_unavailable: not on offer to this stay that day (a guest arrives, it is past its time, another unit…)"),
    502: { description: "The payment provider failed" },
  },
});

const inLang = (text: LocalizedText, lang: "es" | "pt" | "en") => text[lang] ?? text.es ?? text.pt ?? text.en ?? "";

export function registerPortalUpsells(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const { reservation, today } = await portalReservation(c.var.db, c.env, c.var.guest);
    const [lang, offers, purchases, free] = await Promise.all([
      reservationLanguage(c.var.db, reservation),
      offersFor(c.var.db, reservation, today),
      purchasesOf(c.var.db, reservation.tenantId, reservation.id),
      freeExtrasFor(c.var.db, reservation.tenantId, reservation),
    ]);
    return c.json(
      {
        data: offers.map((u) => ({ id: u.id, kind: u.kind, title: inLang(u.title, lang), description: inLang(u.description, lang), price: free.has(u.id) ? 0 : u.price, freeByTier: free.has(u.id), currency: u.currency, requiresApproval: u.requiresApproval })),
        purchases: purchases.map((p) => ({ id: p.id, upsellId: p.upsellId, title: inLang(p.title, lang), amount: p.amount, currency: p.currency, status: p.status, paymentUrl: p.paymentUrl })),
      },
      200,
    );
  });
  app.openapi(buyRoute, async (c) => {
    const { reservation, today } = await portalReservation(c.var.db, c.env, c.var.guest);
    const purchase = await requestUpsell(c.var.db, c.env, c.var.config, reservation, c.req.valid("param").upsellId, today);
    const transfer = purchase.status === "awaiting_payment" && !purchase.paymentUrl ? await transferForExtras(c.var.db, reservation.tenantId) : null;
    return c.json({ id: purchase.id, status: purchase.status, ...(purchase.paymentUrl ? { paymentUrl: purchase.paymentUrl } : {}), transfer }, 200);
  });
}
