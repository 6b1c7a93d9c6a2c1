import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireOwnerSession } from "../../middleware/auth";
import { listAudit, type AuditRow } from "../../../audit/audit-log";
import { auditNames, type AuditNames } from "../../../audit/audit-names";
import { authErrors, jsonResponse, security } from "../../common";

const entrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({
      type: z.enum(["user", "api_key"]),
      id: z.string(),
      role: z.string().optional(),
      name: z.string().optional().openapi({ description: "The person's name, or the name the key was given" }),
      email: z.string().optional(),
    }),
    action: z.string().openapi({ description: "The route's resource path and what was done: reservations.cancel, accommodations.update, settings.payments.update …" }),
    target: z
      .object({
        type: z.string(),
        id: z.string(),
        name: z.string().optional().openapi({ description: "What the target is called today (a unit's name, a reservation's guest, a template's name …)" }),
        code: z.string().optional().openapi({ description: "A reservation's code" }),
        checkIn: z.string().optional(),
        checkOut: z.string().optional(),
      })
      .nullable(),
    changes: z.record(z.string(), z.unknown()).nullable().openapi({ description: "before → after for settings and prices, else the request's fields; secrets are redacted" }),
    ip: z.string().nullable(),
  })
  .openapi("AuditEntry");

const dateTime = z.iso.datetime({ offset: true });
/** Actions one request may filter by. */
const MAX_ACTIONS = 10;

const route = createRoute({
  method: "get",
  path: "/v1/audit",
  tags: ["Operations"],
  summary: "Who changed what, newest first (owners; kept one year)",
  security,
  middleware: [requireOwnerSession()] as const,
  request: {
    query: z.object({
      actor: z.string().max(64).optional().openapi({ description: "A user id or an API key id" }),
      action: z
        .string()
        .max(400)
        .transform((value) => value.split(","))
        .pipe(z.array(z.string().regex(/^[a-z][a-z0-9.-]*\*?$/, "an action, or a prefix ending in *").max(120)).min(1).max(MAX_ACTIONS))
        .optional()
        .openapi({ type: "string", maxLength: 400, description: `An exact action, or a prefix ending in * (reservations.*); up to ${MAX_ACTIONS}, separated by commas (team.*,invitations.*)` }),
      from: dateTime.optional(),
      to: dateTime.optional(),
      before: z.string().max(64).optional().openapi({ description: "Page back from this entry id" }),
      limit: z.coerce.number().int().min(1).max(500).optional(),
    }),
  },
  responses: { 200: jsonResponse("Entries", z.object({ data: z.array(entrySchema) })), ...authErrors },
});

const present = (row: AuditRow, names: AuditNames) => ({
  id: row.id,
  at: new Date(row.at).toISOString(),
  actor: { type: row.actorType, id: row.actorId, ...(row.actorRole ? { role: row.actorRole } : {}), ...names.actor(row) },
  action: row.action,
  target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId, ...names.target(row) } : null,
  changes: row.changes ?? null,
  ip: row.ip,
});

export function registerAudit(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const tenantId = c.get("principal").tenantId;
    const rows = await listAudit(c.var.db, tenantId, {
      actor: query.actor,
      actions: query.action,
      from: query.from ? Date.parse(query.from) : undefined,
      to: query.to ? Date.parse(query.to) : undefined,
      before: query.before,
      limit: query.limit,
    });
    const names = await auditNames(c.var.db, tenantId, rows);
    return c.json({ data: rows.map((row) => present(row, names)) }, 200);
  });
}
