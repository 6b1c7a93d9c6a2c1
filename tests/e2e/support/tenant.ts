// Each browser test signs up its own tenant through the API, so tests never share state.
import { baseUrl } from "./browser";

export interface E2eTenant {
  email: string;
  password: string;
  token: string;
  tenantId: string;
  slug: string;
}

let counter = 0;

export async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

export async function signUpTenant(name = "Cabañas del Lago"): Promise<E2eTenant> {
  const unique = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  const email = `owner-${unique}@example.test`;
  const password = "correct horse battery staple";
  const created = await api("/v1/signup", {
    body: {
      tenant: { name: `${name} ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
      owner: { name: "Dueña", email, password },
    },
  });
  if (created.status !== 201) throw new Error(`signup failed: ${created.status} ${JSON.stringify(created.json)}`);
  return { email, password, token: created.json.token, tenantId: created.json.tenant.id, slug: created.json.tenant.slug };
}

export async function createUnit(tenant: E2eTenant, name = "Cabaña Coihue", overrides: Record<string, unknown> = {}) {
  const created = await api("/v1/accommodations", {
    token: tenant.token,
    body: { name, type: "cabin", capacity: 4, basePrice: { amount: 8_000_000, currency: "ARS" }, ...overrides },
  });
  if (created.status !== 201) throw new Error(`unit failed: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json as { id: string; name: string };
}
