import { and, desc, eq, gte, lt, lte, or } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { auditLog } from "../platform/db/schema";
import type { Principal } from "../tenancy/principal";
import { redactSecrets } from "./redact";

export type AuditRow = typeof auditLog.$inferSelect;

/** Entries are kept one year; the 15-minute cron deletes older ones. */
export const AUDIT_RETENTION_MS = 365 * 24 * 3600_000;

export interface AuditEntry {
  action: string;
  target?: { type: string; id: string } | null;
  changes?: Record<string, unknown> | null;
  ip?: string | null;
  requestId?: string | null;
  at?: number;
}

/** Appends one entry for what a principal did; `changes` is redacted again here, whoever built it. */
export async function recordAudit(db: Database, principal: Principal, entry: AuditEntry): Promise<void> {
  const at = entry.at ?? Date.now();
  await db.insert(auditLog).values({
    id: newId("aud", at),
    tenantId: principal.tenantId,
    at,
    actorType: principal.kind === "session" ? "user" : "api_key",
    actorId: principal.kind === "session" ? principal.userId : principal.keyId,
    actorRole: principal.kind === "session" ? principal.role : null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    changes: entry.changes ? (redactSecrets(entry.changes) as Record<string, unknown>) : null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  });
}

export interface AuditFilter {
  actor?: string;
  actions?: string[];
  from?: number;
  to?: number;
  before?: string;
  limit?: number;
}

/**
 * A tenant's entries, newest first; `actor` is a user or key id, `actions` exact actions or prefixes
 * ending in `*` (an entry matching any of them is listed).
 */
export async function listAudit(db: Database, tenantId: string, filter: AuditFilter = {}): Promise<AuditRow[]> {
  const actions = (filter.actions ?? []).map((action) => {
    if (!action.endsWith("*")) return eq(auditLog.action, action);
    const prefix = action.slice(0, -1);
    return and(gte(auditLog.action, prefix), lt(auditLog.action, `${prefix}\uffff`));
  });
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        filter.actor ? eq(auditLog.actorId, filter.actor) : undefined,
        actions.length > 0 ? or(...actions) : undefined,
        filter.from !== undefined ? gte(auditLog.at, filter.from) : undefined,
        filter.to !== undefined ? lte(auditLog.at, filter.to) : undefined,
        filter.before ? lt(auditLog.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit ?? 100)
    .all();
}

/** Deletes entries past the retention period (the log's only deletion). */
export async function purgeExpiredAuditEntries(db: Database, now = Date.now()): Promise<void> {
  await db.delete(auditLog).where(lt(auditLog.at, now - AUDIT_RETENTION_MS));
}
