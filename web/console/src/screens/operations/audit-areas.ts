/**
 * The change log's areas, as an owner looks for a change: each names the actions it covers, as the
 * API's `action` filter takes them (prefixes ending in `*`, comma-separated). Every action the API
 * can record falls in exactly one area (tests/unit/console/audit-areas.test.ts).
 */
export const AUDIT_AREAS = {
  reservations: ["reservations.*", "transfer-receipts.*"],
  units: ["accommodations.*", "ical-feeds.*"],
  guests: ["guests.*", "guest-merges.*", "loyalty.*"],
  messages: ["communications.*", "conversations.*", "outbound-messages.*"],
  sales: ["upsells.*", "packages.*", "quotations.*"],
  team: ["team.*", "invitations.*", "users.*", "me.*", "api-keys.*"],
  settings: ["settings.*", "integrations.*", "webhook-subscriptions.*", "webhook-deliveries.*", "webhook-events.*", "alerts.*", "exports.*", "imports.*"],
} as const satisfies Record<string, readonly string[]>;

export type AuditArea = keyof typeof AUDIT_AREAS;

/** The `action` filter for an area. */
export const areaFilter = (area: AuditArea): string => AUDIT_AREAS[area].join(",");

/** The area an action belongs to, or undefined. */
export function areaOf(action: string): AuditArea | undefined {
  return (Object.keys(AUDIT_AREAS) as AuditArea[]).find((area) => AUDIT_AREAS[area].some((prefix) => (prefix.endsWith("*") ? action.startsWith(prefix.slice(0, -1)) : action === prefix)));
}
