/** Field names whose values are secrets (or one-time codes) and never reach the audit log. */
const SECRET_NAME = /secret|password|token|apikey|api_key|accesskey|privatekey|^key$|totp|otp|^code$|backupcodes?|cbu|signature/i;
/** Values that are credentials whatever their field is called. */
const SECRET_VALUE = /^(pat-[a-z]{2,3}\d-|whsec_|psk_|sk_(live|test)_|rk_(live|test)_|APP_USR-|TEST-\d|EAA[A-Za-z0-9]{8})/;

export const REDACTED = "[redacted]";

/** A copy of a request body or a before/after snapshot with every secret replaced, at any depth. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 6) return REDACTED;
  if (typeof value === "string") return SECRET_VALUE.test(value) ? REDACTED : value.length > 500 ? `${value.slice(0, 500)}…` : value;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactSecrets(item, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, SECRET_NAME.test(name) ? REDACTED : redactSecrets(inner, depth + 1)]));
  }
  return value;
}

/** Before → after of the named fields that differ (compared as JSON), both redacted. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const changed = fields.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
  if (changed.length === 0) return null;
  const pick = (source: Record<string, unknown>) => redactSecrets(Object.fromEntries(changed.map((field) => [field, source[field] ?? null]))) as Record<string, unknown>;
  return { before: pick(before), after: pick(after) };
}
