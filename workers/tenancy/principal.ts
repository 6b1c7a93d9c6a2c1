/** Everything a request may do is decided from its principal: a staff session or a partner API key. */
export const SCOPES = [
  "accommodations:read",
  "accommodations:write",
  "availability:read",
  "reservations:read",
  "reservations:write",
  "conversations:read",
  "conversations:write",
  "reports:read",
  "webhooks:manage",
  "quotations:write",
] as const;

export type Scope = (typeof SCOPES)[number];
export type Role = "owner" | "admin" | "staff";

/** Staff run the front desk; settings, keys and the team are for owners and admins. */
const STAFF_SCOPES: readonly Scope[] = [
  "accommodations:read",
  "availability:read",
  "reservations:read",
  "reservations:write",
  "conversations:read",
  "conversations:write",
];

export type Principal =
  | { kind: "session"; tenantId: string; userId: string; role: Role; scopes: readonly Scope[] }
  | { kind: "api_key"; tenantId: string; keyId: string; scopes: readonly Scope[] };

export function scopesForRole(role: Role): readonly Scope[] {
  return role === "staff" ? STAFF_SCOPES : SCOPES;
}

export function isAdmin(principal: Principal): boolean {
  return principal.kind === "session" && (principal.role === "owner" || principal.role === "admin");
}
