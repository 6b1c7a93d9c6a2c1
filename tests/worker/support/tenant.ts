import { call } from "./api";

let counter = 0;

export interface TestTenant {
  tenantId: string;
  slug: string;
  ownerId: string;
  email: string;
  password: string;
  token: string;
}

/** A fresh tenant with its owner signed in; unique per call so tests never share state. */
export async function createTenant(overrides: { country?: string; timezone?: string; currency?: string } = {}): Promise<TestTenant> {
  const unique = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `owner-${unique}@example.test`;
  const password = "correct horse battery staple";
  const response = await call("POST", "/v1/signup", {
    body: {
      tenant: { name: `Cabañas ${unique}`, country: overrides.country ?? "AR", timezone: overrides.timezone ?? "America/Argentina/Buenos_Aires", currency: overrides.currency ?? "ARS" },
      owner: { name: "Owner", email, password },
    },
  });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${response.text}`);
  return { tenantId: response.json.tenant.id, slug: response.json.tenant.slug, ownerId: response.json.user.id, email, password, token: response.json.token };
}

/** Creates an API key with the given scopes for the tenant. */
export async function createKey(tenant: TestTenant, scopes: string[]): Promise<{ id: string; key: string }> {
  const response = await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: "test key", scopes } });
  if (response.status !== 201) throw new Error(`key creation failed: ${response.status} ${response.text}`);
  return { id: response.json.id, key: response.json.key };
}

/** Invites and accepts a member with the given role, returning their session token. */
export async function addMember(tenant: TestTenant, role: "admin" | "staff") {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.test`;
  const invited = await call("POST", "/v1/invitations", { token: tenant.token, body: { email, role } });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${invited.text}`);
  const accepted = await call("POST", "/v1/invitations/accept", { body: { token: invited.json.token, name: role, password: "another long password" } });
  if (accepted.status !== 201) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  return { email, token: accepted.json.token as string, userId: accepted.json.user.id as string };
}
