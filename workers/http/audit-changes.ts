import type { Context } from "hono";
import type { AppEnv } from "../platform/env";
import { changedFields } from "../audit/redact";

/**
 * Hands the audit trail what a settings or price change did: before → after of the fields that
 * differ (redacted). Without it, the entry keeps the request's fields.
 */
export function noteChanges(c: Context<AppEnv>, before: object, after: object, fields: readonly string[] = Object.keys(after)): void {
  const changes = changedFields(before as Record<string, unknown>, after as Record<string, unknown>, fields);
  c.set("auditChanges", changes ?? { before: {}, after: {} });
}
