/**
 * True when a database error (possibly wrapped by drizzle as its `cause`) is a unique-constraint
 * violation: D1 says so in its message, Postgres with SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
    if ((e as { code?: unknown }).code === "23505") return true;
    if (/UNIQUE constraint failed/i.test(String(e instanceof Error ? e.message : e))) return true;
  }
  return false;
}
