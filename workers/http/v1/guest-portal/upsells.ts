import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getReservation } from "../../../bookings/reservations";
import { createUpsell, deleteUpsell, listUpsells, updateUpsell, type UpsellRow } from "../../../guest-portal/upsells/catalog";
import { decideUpsell, markUpsellPaid, purchasesOf, type PurchaseRow } from "../../../guest-portal/upsells/purchases";
import { requireAdminSession, requireScope } from "../../middleware/auth";
import { authErrors, conflictError, isoTime, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { reservationIdParam } from "../reservations/schema";

const localized = z
  .object({ es: z.string().trim().max(200).optional(), pt: z.string().trim().max(200).optional(), en: z.string().trim().max(200).optional() })
  .refine((t) => Boolean(t.es || t.pt || t.en), "write at least one language");
const localizedLong = z.object({ es: z.string().trim().max(1000).optional(), pt: z.string().trim().max(1000).optional(), en: z.string().trim().max(1000).optional() });

const upsellInput = z
  .object({
    kind: z.enum(["late_checkout", "early_checkin", "other"]).openapi({ description: "Late check-out and early check-in are offered only when the unit's calendar leaves that day free" }),
    title: localized,
    description: localizedLong.default({}),
    price: z.number().int().min(0).max(100_000_000_000).openapi({ description: "Minor units" }),
    currency: z.string().regex(/^[A-Z]{3}$/),
    accommodationIds: z.array(z.string().min(1).max(80)).max(500).nullable().default(null).openapi({ description: "The units it applies to; null for all" }),
    offeredWhen: z.enum(["before_arrival", "during_stay", "any"]).default("any"),
    requiresApproval: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .openapi("UpsellInput");

const upsellView = z
  .object({
    id: z.string(),
    kind: z.enum(["late_checkout", "early_checkin", "other"]),
    title: localizedLong,
    description: localizedLong,
    price: z.number().int(),
    currency: z.string(),
    accommodationIds: z.array(z.string()).nullable(),
    offeredWhen: z.enum(["before_arrival", "during_stay", "any"]),
    requiresApproval: z.boolean(),
    active: z.boolean(),
  })
  .openapi("Upsell");

const purchaseView = z
  .object({
    id: z.string(),
    upsellId: z.string(),
    title: localizedLong,
    amount: z.number().int(),
    currency: z.string(),
    status: z.enum(["pending_approval", "awaiting_payment", "paid", "declined", "cancelled"]),
    provider: z.string().nullable(),
    paymentUrl: z.string().nullable(),
    paidAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("UpsellPurchase");

const presentUpsell = (u: UpsellRow) => ({
  id: u.id,
  kind: u.kind,
  title: u.title,
  description: u.description,
  price: u.price,
  currency: u.currency,
  accommodationIds: u.accommodationIds ?? null,
  offeredWhen: u.offeredWhen,
  requiresApproval: u.requiresApproval,
  active: u.active,
});
const presentPurchase = (p: PurchaseRow) => ({
  id: p.id,
  upsellId: p.upsellId,
  title: p.title,
  amount: p.amount,
  currency: p.currency,
  status: p.status,
  provider: p.provider,
  paymentUrl: p.paymentUrl,
  paidAt: isoTime(p.paidAt),
  createdAt: isoTime(p.createdAt)!,
});

const tags = ["Upsells"];
const idParam = z.object({ id: z.string().min(1).max(80) });

const listRoute = createRoute({ method: "get", path: "/v1/upsells", tags, summary: "The catalog of extras", security, middleware: [requireScope("reservations:read")] as const, responses: { 200: jsonResponse("Catalog", z.object({ data: z.array(upsellView) })), ...authErrors } });
const createRouteDef = createRoute({ method: "post", path: "/v1/upsells", tags, summary: "Add an extra to the catalog", security, middleware: [requireAdminSession()] as const, request: { body: jsonBody(upsellInput) }, responses: { 201: jsonResponse("Created", upsellView), ...authErrors } });
const updateRoute = createRoute({ method: "patch", path: "/v1/upsells/{id}", tags, summary: "Change an extra", security, middleware: [requireAdminSession()] as const, request: { params: idParam, body: jsonBody(upsellInput.partial()) }, responses: { 200: jsonResponse("Changed", upsellView), ...authErrors, ...notFoundError } });
const deleteRoute = createRoute({ method: "delete", path: "/v1/upsells/{id}", tags, summary: "Remove an extra from the catalog (purchases keep their name and price)", security, middleware: [requireAdminSession()] as const, request: { params: idParam }, responses: { 204: { description: "Removed" }, ...authErrors, ...notFoundError } });

const reservationPurchasesRoute = createRoute({
  method: "get",
  path: "/v1/reservations/{id}/upsells",
  tags,
  summary: "The extras this reservation asked for or bought",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: reservationIdParam },
  responses: { 200: jsonResponse("Purchases, newest first", z.object({ data: z.array(purchaseView) })), ...authErrors, ...notFoundError },
});

const decideRoute = createRoute({
  method: "post",
  path: "/v1/reservations/{id}/upsells/{purchaseId}/{decision}",
  tags,
  summary: "Confirm (the guest is sent to pay) or decline an extra that needs approval, or mark one paid by transfer or at the desk",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: reservationIdParam.extend({ purchaseId: z.string().min(1).max(80), decision: z.enum(["approve", "decline", "mark-paid"]) }) },
  responses: { 200: jsonResponse("The purchase", purchaseView), ...authErrors, ...notFoundError, ...conflictError("already_decided, or not_awaiting_payment") },
});

export function registerUpsells(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json({ data: (await listUpsells(c.var.db, c.var.principal.tenantId)).map(presentUpsell) }, 200));
  app.openapi(createRouteDef, async (c) => c.json(presentUpsell(await createUpsell(c.var.db, c.var.principal.tenantId, c.req.valid("json"))), 201));
  app.openapi(updateRoute, async (c) => c.json(presentUpsell(await updateUpsell(c.var.db, c.var.principal.tenantId, c.req.valid("param").id, c.req.valid("json"))), 200));
  app.openapi(deleteRoute, async (c) => {
    await deleteUpsell(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    return c.body(null, 204);
  });
  app.openapi(reservationPurchasesRoute, async (c) => {
    const reservation = await getReservation(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    return c.json({ data: (await purchasesOf(c.var.db, reservation.tenantId, reservation.id)).map(presentPurchase) }, 200);
  });
  app.openapi(decideRoute, async (c) => {
    const { id, purchaseId, decision } = c.req.valid("param");
    const principal = c.var.principal;
    const reservation = await getReservation(c.var.db, c.env, principal.tenantId, id);
    const userId = principal.kind === "session" ? principal.userId : null;
    const purchase =
      decision === "mark-paid"
        ? await markUpsellPaid(c.var.db, reservation.tenantId, reservation.id, purchaseId, userId)
        : await decideUpsell(c.var.db, c.env, c.var.config, reservation, purchaseId, decision, userId);
    return c.json(presentPurchase(purchase), 200);
  });
}
