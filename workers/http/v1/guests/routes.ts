import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { eraseGuest, exportGuest } from "../../../guests/guest-data";
import { guestProfile, searchGuests, updateGuest } from "../../../guests/guest-profiles";
import { mergeGuests, undoMerge } from "../../../guests/merge-guests";
import { queueCrmSync } from "../../../integrations/crm/sync-jobs";
import { requireAdminSession, requireScope } from "../../middleware/auth";
import { guestLoyalty } from "../../../loyalty/guest-tier";
import { tenantTimeZone } from "../../../tenancy/tenants";
import { todayIn } from "../../../../shared/domain/dates";
import { authErrors, conflictError, isoTime, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { guestIdParam, guestListItem, guestProfileSchema, guestSchema, mergeIdParam, mergeRequest, presentGuest, presentStay, searchQuery, updateGuestRequest } from "./schema";

const tags = ["Guests"];

const searchRoute = createRoute({
  method: "get",
  path: "/v1/guests",
  tags,
  summary: "Search guest profiles by name, phone (any format), email or tag",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { query: searchQuery },
  responses: { 200: jsonResponse("Guests", z.object({ data: z.array(guestListItem) })), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/guests/{id}",
  tags,
  summary: "One guest: contacts, stays, nights, spend, ratings, notes and tags",
  description: "A profile merged into another answers with `mergedInto` set; its stays count in that one.",
  security,
  middleware: [requireScope("reservations:read")] as const,
  request: { params: guestIdParam },
  responses: { 200: jsonResponse("Guest", guestProfileSchema), ...authErrors, ...notFoundError },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/v1/guests/{id}",
  tags,
  summary: "Edit a guest's name, contacts, language, notes, tags or marketing consent",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: guestIdParam, body: jsonBody(updateGuestRequest) },
  responses: { 200: jsonResponse("Guest", guestSchema), ...authErrors, ...notFoundError, ...conflictError("guest_contact_taken (merge the profiles instead), guest_merged, guest_anonymised") },
});

const mergeRoute = createRoute({
  method: "post",
  path: "/v1/guests/{id}/merge",
  tags,
  summary: "Merge another profile into this one (undo with the merge's id)",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: guestIdParam, body: jsonBody(mergeRequest) },
  responses: {
    200: jsonResponse("Merged", z.object({ mergeId: z.string(), guest: guestSchema })),
    ...authErrors,
    ...notFoundError,
    ...conflictError("guest_merged, guest_anonymised"),
    ...unprocessableError("same_guest"),
  },
});

const undoRoute = createRoute({
  method: "post",
  path: "/v1/guest-merges/{mergeId}/undo",
  tags,
  summary: "Undo a merge: both profiles stand apart again, as before it",
  security,
  middleware: [requireScope("reservations:write")] as const,
  request: { params: mergeIdParam },
  responses: { 200: jsonResponse("Undone", z.object({ target: guestSchema, other: guestSchema })), ...authErrors, ...notFoundError, ...conflictError("merge_undone, guest_merged (a later merge must be undone first)") },
});

const exportRoute = createRoute({
  method: "get",
  path: "/v1/guests/{id}/export",
  tags,
  summary: "Everything held about the guest, as JSON (Ley 25.326 right of access)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: guestIdParam },
  responses: { 200: jsonResponse("Export", z.record(z.string(), z.unknown())), ...authErrors, ...notFoundError },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/v1/guests/{id}",
  tags,
  summary: "Erase the guest's personal data (Ley 25.326); reservations keep what accounting needs, anonymised",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: guestIdParam },
  responses: { 200: jsonResponse("Erased", z.object({ reservations: z.number().int(), conversations: z.number().int() })), ...authErrors, ...notFoundError, ...conflictError("guest_merged (erase the profile it is merged into)") },
});

export function registerGuests(app: OpenAPIHono<AppEnv>) {
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid("query");
    const rows = await searchGuests(c.var.db, c.var.principal.tenantId, q, limit ?? 50);
    return c.json({ data: rows.map(({ guest, summary }) => ({ ...presentGuest(guest), summary })) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const tenantId = c.var.principal.tenantId;
    const profile = await guestProfile(c.var.db, tenantId, c.req.valid("param").id);
    const loyalty = await guestLoyalty(c.var.db, tenantId, profile.guest.id, todayIn(await tenantTimeZone(c.var.db, tenantId), new Date()));
    return c.json(
      {
        ...presentGuest(profile.guest),
        summary: profile.summary,
        stays: profile.stays.map(presentStay),
        ratings: profile.ratings.map((r) => ({ ...r, createdAt: isoTime(r.createdAt)! })),
        contacts: [profile.guest, ...profile.merged].filter((g) => g.phone || g.email).map((g) => ({ phone: g.phone, email: g.email, profileId: g.id })),
        tier: loyalty.tier && { name: loyalty.tier.name, discountPercent: loyalty.tier.discountPercent, benefits: loyalty.tier.benefits, ...loyalty.figures },
        tierHistory: loyalty.history.map((h) => ({ from: h.fromTier, to: h.toTier, reason: h.reason, at: isoTime(h.createdAt)! })),
      },
      200,
    );
  });

  app.openapi(updateRoute, async (c) => {
    const row = await updateGuest(c.var.db, c.var.principal.tenantId, c.req.valid("param").id, c.req.valid("json"));
    await queueCrmSync(c.var.db, c.env, row.tenantId, [row.id]);
    return c.json(presentGuest(row), 200);
  });

  app.openapi(mergeRoute, async (c) => {
    const principal = c.var.principal;
    const result = await mergeGuests(c.var.db, principal.tenantId, c.req.valid("param").id, c.req.valid("json").otherId, principal.kind === "session" ? principal.userId : principal.keyId);
    await queueCrmSync(c.var.db, c.env, principal.tenantId, [result.guest.id]);
    return c.json({ mergeId: result.mergeId, guest: presentGuest(result.guest) }, 200);
  });

  app.openapi(undoRoute, async (c) => {
    const result = await undoMerge(c.var.db, c.var.principal.tenantId, c.req.valid("param").mergeId);
    await queueCrmSync(c.var.db, c.env, c.var.principal.tenantId, [result.target.id, result.other.id]);
    return c.json({ target: presentGuest(result.target), other: presentGuest(result.other) }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const data = await exportGuest(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    c.header("content-disposition", `attachment; filename="guest-${c.req.valid("param").id}.json"`);
    c.header("cache-control", "private, no-store");
    return c.json(data as Record<string, unknown>, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const result = await eraseGuest(c.var.db, c.env, c.var.principal.tenantId, c.req.valid("param").id);
    return c.json(result, 200);
  });
}
