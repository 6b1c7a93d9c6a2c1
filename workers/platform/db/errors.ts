/** True when a D1 error (possibly wrapped by drizzle as its `cause`) is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
    if (/UNIQUE constraint failed/i.test(String(e instanceof Error ? e.message : e))) return true;
  }
  return false;
}
