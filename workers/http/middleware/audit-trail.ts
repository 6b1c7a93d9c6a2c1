import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { recordAudit } from "../../audit/audit-log";
import { log } from "../../../shared/log";
import { clientAddress } from "../v1/auth/client-address";

const CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Routes that change nothing (they compute or hand out a short-lived ticket), and the hold: a
 * hold is one call to the calendar object with no D1 statement on its path (README, "A hold is
 * one round trip"), and the reservation it creates records its own source and creation.
 */
const NOT_AUDITED = new Set([
  "POST /v1/reservations",
  "POST /v1/live/tickets",
  "POST /v1/nlu/parse",
  "POST /v1/communications/templates/:id/preview",
  "POST /v1/settings/:provider/test",
  "POST /v1/integrations/crm/test",
]);

/**
 * Appends an audit entry for every successful change made by a signed-in person or a partner
 * key, after the handler answered: who (user and role, or key), what (an action named from the
 * route), the target, the request's fields (or the handler's before → after), and the address.
 * Secrets are redacted. A failed write is logged, never turned into a failed answer for a change
 * already made.
 */
export const auditTrail = () =>
  createMiddleware<AppEnv>(async function auditTrailMiddleware(c, next) {
    await next();
    if (!CHANGING_METHODS.has(c.req.method) || c.res.status >= 300) return;
    const principal = c.get("principal");
    if (!principal) return;
    const pattern = routePath(c, -1);
    if (NOT_AUDITED.has(`${c.req.method} ${pattern}`) || !pattern.startsWith("/v1/")) return;
    try {
      await recordAudit(c.var.db, principal, {
        action: actionName(c.req.method, pattern),
        target: targetOf(c, pattern),
        changes: c.get("auditChanges") ?? (await requestFields(c)),
        ip: clientAddress(c),
        requestId: c.get("requestId"),
      });
    } catch (error) {
      log("error", "audit_write_failed", { requestId: c.get("requestId"), tenantId: principal.tenantId, error: String(error) });
    }
  });

/**
 * `reservations.cancel`, `accommodations.update`, `accommodations.blocks.create`,
 * `settings.payments.update`: the route's resource path without ids, then what was done to it.
 */
export function actionName(method: string, pattern: string): string {
  const segments = pattern.replace(/^\/v1\//, "").split("/");
  const literal = segments.filter((s) => !s.startsWith(":"));
  const last = segments[segments.length - 1] ?? "";
  const endsOnLiteral = !last.startsWith(":");
  const hasParam = segments.some((s) => s.startsWith(":"));
  if (method === "POST" && endsOnLiteral && hasParam && !/s$/.test(last)) return literal.join(".");
  const verb = method === "POST" ? "create" : method === "DELETE" ? "delete" : "update";
  return [...literal, verb].join(".");
}

function targetOf(c: Context<AppEnv>, pattern: string): { type: string; id: string } | null {
  const segments = pattern.replace(/^\/v1\//, "").split("/");
  const index = segments.findIndex((s) => s.startsWith(":"));
  if (index < 1) return null;
  const id = c.req.param(segments[index]!.slice(1));
  return id ? { type: segments[index - 1]!, id } : null;
}

/** The JSON body the handler validated (cached by Hono), as the entry's `request`; other bodies are not kept. */
async function requestFields(c: Context<AppEnv>): Promise<Record<string, unknown> | null> {
  if (!(c.req.header("content-type") ?? "").includes("application/json")) return null;
  try {
    const body: unknown = await c.req.json();
    return body && typeof body === "object" ? { request: body } : null;
  } catch {
    return null;
  }
}
