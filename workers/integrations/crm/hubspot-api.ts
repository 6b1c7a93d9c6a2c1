/**
 * HubSpot's CRM v3 contacts API, with a private app's access token. Never throws: every call
 * answers what happened, so the adapter decides (a refused token, the provider down, bad data).
 */

export const HUBSPOT_TIMEOUT_MS = 15_000;

export type HubSpotAnswer<T> =
  | { ok: true; status: number; body: T; latencyMs: number }
  /** status null: the provider could not be reached (network, timeout). */
  | { ok: false; status: number | null; error: string; latencyMs: number };

export type ContactProperties = Record<string, string>;

export interface HubSpotClient {
  base: string;
  token: string;
}

async function call<T>(client: HubSpotClient, method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<HubSpotAnswer<T>> {
  const started = Date.now();
  const done = <A extends object>(answer: A) => ({ ...answer, latencyMs: Date.now() - started });
  try {
    const response = await fetch(`${client.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${client.token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(HUBSPOT_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) return done({ ok: false as const, status: response.status, error: `HTTP ${response.status}: ${hubspotMessage(text)}`.slice(0, 300) });
    return done({ ok: true as const, status: response.status, body: (text ? JSON.parse(text) : {}) as T });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const timedOut = name === "TimeoutError" || name === "AbortError";
    return done({ ok: false as const, status: null, error: timedOut ? "timeout" : `network: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) });
  }
}

/** HubSpot's error body is `{ status, message, category, … }`; only the message is kept. */
function hubspotMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // Not JSON (a proxy's page): a short excerpt says enough.
  }
  return text.slice(0, 200);
}

/**
 * The cheapest authenticated read: one contact of the account. Used as the connection test and
 * as the probe that ends deferred mode (it needs the same `crm.objects.contacts.read` scope the
 * sync works with, so a success means the sync can go on).
 */
export const probeContacts = (client: HubSpotClient) => call<{ results: unknown[] }>(client, "GET", "/crm/v3/objects/contacts?limit=1&archived=false");

export interface UpsertResult {
  results: Array<{ id: string; properties?: Record<string, string | null> }>;
  errors?: Array<{ message?: string; context?: Record<string, string[]> }>;
}

/**
 * Guests with an email: `POST /crm/v3/objects/contacts/batch/upsert` with `idProperty: "email"`,
 * up to 100 contacts in one call. Email is HubSpot's unique key for contacts, so this creates the
 * contact or updates the one already there (made by hand or by a form) without a search first:
 * one request per batch, however many guests changed, which matters against HubSpot's
 * per-10-seconds limits when a backlog is flushed. A 207 answer lists the inputs it refused.
 */
export const upsertContactsByEmail = (client: HubSpotClient, contacts: Array<{ email: string; properties: ContactProperties }>) =>
  call<UpsertResult>(client, "POST", "/crm/v3/objects/contacts/batch/upsert", { inputs: contacts.map((c) => ({ idProperty: "email", id: c.email, properties: c.properties })) });

/**
 * Guests with only a phone: phone is not a unique property in HubSpot, so no upsert can key on it.
 * The contact is searched by phone (`POST /crm/v3/objects/contacts/search`), then updated by its id
 * or created.
 */
export async function upsertContactByPhone(client: HubSpotClient, phone: string, properties: ContactProperties): Promise<HubSpotAnswer<{ id: string }>> {
  const found = await call<{ results: Array<{ id: string }> }>(client, "POST", "/crm/v3/objects/contacts/search", {
    filterGroups: [{ filters: [{ propertyName: "phone", operator: "EQ", value: phone }] }],
    properties: ["phone"],
    limit: 1,
  });
  if (!found.ok) return found;
  const existing = found.body.results[0];
  return existing ? call<{ id: string }>(client, "PATCH", `/crm/v3/objects/contacts/${encodeURIComponent(existing.id)}`, { properties }) : call<{ id: string }>(client, "POST", "/crm/v3/objects/contacts", { properties });
}

/**
 * Creates Posada's own contact properties in the account (`POST /crm/v3/properties/contacts/batch/create`).
 * Ones that exist already are refused by HubSpot and left as they are; the answer is not needed.
 */
export const createContactProperties = (client: HubSpotClient, properties: ReadonlyArray<{ name: string; label: string; type: string; fieldType: string }>) =>
  call<unknown>(client, "POST", "/crm/v3/properties/contacts/batch/create", { inputs: properties.map((p) => ({ ...p, groupName: "contactinformation" })) });
