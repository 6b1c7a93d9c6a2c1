import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { createKey, type TestTenant } from "../support/tenant";

/**
 * Every authenticated /v1 route, with what it needs. The suite fails if the OpenAPI
 * document lists a route that is missing here, so no route ships without these checks.
 */
export type Access = { scope: string } | "admin-session" | "session";

export interface RouteCase {
  access: Access;
  /** Builds the request against tenant A's own resource (creating it if needed). */
  prepare: (owner: TestTenant) => Promise<{ path: string; body?: unknown }>;
  /** True when the path names a resource, so another tenant must get 404. */
  namesResource: boolean;
}

const fixed = (path: string, body?: unknown) => async () => ({ path, body });

export const ROUTE_CASES: Record<string, RouteCase> = {
  "POST /v1/me/totp": { access: "session", namesResource: false, prepare: fixed("/v1/me/totp") },
  "POST /v1/me/totp/verify": { access: "session", namesResource: false, prepare: fixed("/v1/me/totp/verify", { code: "123456" }) },
  "POST /v1/api-keys": { access: "admin-session", namesResource: false, prepare: fixed("/v1/api-keys", { name: "k", scopes: ["reservations:read"] }) },
  "GET /v1/api-keys": { access: "admin-session", namesResource: false, prepare: fixed("/v1/api-keys") },
  "DELETE /v1/api-keys/{id}": {
    access: "admin-session",
    namesResource: true,
    prepare: async (owner) => ({ path: `/v1/api-keys/${(await createKey(owner, ["reservations:read"])).id}` }),
  },
  "POST /v1/invitations": {
    access: "admin-session",
    namesResource: false,
    prepare: async () => ({ path: "/v1/invitations", body: { email: `sec-${crypto.randomUUID()}@example.test`, role: "staff" } }),
  },
  "GET /v1/users": { access: "admin-session", namesResource: false, prepare: fixed("/v1/users") },
  "POST /v1/accommodations": {
    access: { scope: "accommodations:write" },
    namesResource: false,
    prepare: fixed("/v1/accommodations", { name: "Sec", type: "cabin", capacity: 2, basePrice: { amount: 1000, currency: "ARS" } }),
  },
  "GET /v1/accommodations": { access: { scope: "accommodations:read" }, namesResource: false, prepare: fixed("/v1/accommodations") },
  "GET /v1/accommodations/{id}": { access: { scope: "accommodations:read" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}` }) },
  "PATCH /v1/accommodations/{id}": {
    access: { scope: "accommodations:write" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}`, body: { name: "Renamed" } }),
  },
  "DELETE /v1/accommodations/{id}": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}` }) },
  "POST /v1/accommodations/{id}/restore": { access: { scope: "accommodations:write" }, namesResource: true, prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/restore` }) },
  "GET /v1/accommodations/{id}/quote": {
    access: { scope: "availability:read" },
    namesResource: true,
    prepare: async (o) => ({ path: `/v1/accommodations/${await createAccommodation(o)}/quote?checkIn=2030-01-10&checkOut=2030-01-12&guests=2` }),
  },
};

export { call };
