import { vi } from "vitest";
import type { CrmSyncMessage } from "../../../workers/platform/queue-messages";

/** The CRM_HUBSPOT_API_BASE the worker tests run with (vitest.config.ts). */
export const HUBSPOT_BASE = "https://api.hubapi.fake";

export interface HubSpotCall {
  method: string;
  path: string;
  authorization: string | null;
  body: any;
  answeredStatus: number;
}

type Contact = { id: string; properties: Record<string, string> };

/**
 * HubSpot's contacts API on a fake host: keeps contacts (by email and by id), records every call
 * with its token and body, and answers from a script (`answers`, consumed in order, then
 * `otherwise`), so a test makes HubSpot fail, refuse the token or come back.
 */
export class FakeHubSpot {
  readonly calls: HubSpotCall[] = [];
  /**
   * The test's own token: calls made with another one (a flush of an earlier test's tenant, still
   * running in the background) are answered 200 and kept apart, so they never count here.
   */
  token: string | null = null;
  readonly otherCalls: HubSpotCall[] = [];
  readonly contacts = new Map<string, Contact>();
  answers: number[] = [];
  otherwise = 200;
  private nextId = 1001;

  install() {
    const original = globalThis.fetch.bind(globalThis);
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(HUBSPOT_BASE)) return original(input, init);
      return this.handle(request);
    });
    return this;
  }

  /** Calls to one endpoint (`POST /crm/v3/objects/contacts/batch/upsert`). */
  callsTo(method: string, path: string) {
    return this.calls.filter((c) => c.method === method && c.path === path);
  }

  get upserts() {
    return this.callsTo("POST", "/crm/v3/objects/contacts/batch/upsert");
  }

  get probes() {
    return this.callsTo("GET", "/crm/v3/objects/contacts");
  }

  /** Every call that asked HubSpot to write or read a contact (property setup left out). */
  get contactCalls() {
    return this.calls.filter((c) => c.path.startsWith("/crm/v3/objects/contacts"));
  }

  private async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = await request.text();
    const body = text ? JSON.parse(text) : null;
    const authorization = request.headers.get("authorization");
    const ours = this.token === null || authorization === `Bearer ${this.token}`;
    const status = ours ? (this.answers.shift() ?? this.otherwise) : 200;
    (ours ? this.calls : this.otherCalls).push({ method: request.method, path: url.pathname, authorization, body, answeredStatus: status });
    if (status >= 300) {
      const message = status === 401 ? "Authentication credentials not found." : status === 429 ? "You have reached your ten_secondly_rolling limit." : "Internal error";
      return Response.json({ status: "error", message, category: status === 401 ? "INVALID_AUTHENTICATION" : "ERROR" }, { status });
    }
    const route = `${request.method} ${url.pathname}`;
    if (route === "GET /crm/v3/objects/contacts") return Response.json({ results: [...this.contacts.values()].slice(0, 1) });
    if (route === "POST /crm/v3/properties/contacts/batch/create") return Response.json({ status: "COMPLETE", results: body.inputs });
    if (route === "POST /crm/v3/objects/contacts/batch/upsert") {
      const results = body.inputs.map((input: { id: string; properties: Record<string, string> }) => this.save(input.id.toLowerCase(), input.properties));
      return Response.json({ status: "COMPLETE", results });
    }
    if (route === "POST /crm/v3/objects/contacts/search") {
      const phone = body.filterGroups[0].filters[0].value;
      return Response.json({ total: 0, results: [...this.contacts.values()].filter((c) => c.properties.phone === phone).slice(0, 1) });
    }
    if (route === "POST /crm/v3/objects/contacts") return Response.json(this.save(null, body.properties), { status: 201 });
    const patch = /^\/crm\/v3\/objects\/contacts\/(\d+)$/.exec(url.pathname);
    if (request.method === "PATCH" && patch) {
      const existing = [...this.contacts.values()].find((c) => c.id === patch[1]);
      if (!existing) return Response.json({ status: "error", message: "not found" }, { status: 404 });
      Object.assign(existing.properties, body.properties);
      return Response.json(existing);
    }
    return Response.json({ status: "error", message: `no such route ${route}` }, { status: 404 });
  }

  private save(email: string | null, properties: Record<string, string>): Contact {
    const key = email ?? `phone:${properties.phone}`;
    const existing = this.contacts.get(key);
    if (existing) {
      Object.assign(existing.properties, properties);
      return existing;
    }
    const contact = { id: String(this.nextId++), properties: { ...properties } };
    this.contacts.set(key, contact);
    return contact;
  }
}

/** A stand-in for the partner queue that keeps the CRM syncs sent (with their delay) for the test to run by hand. */
export class RecordingCrmQueue {
  readonly sent: Array<{ body: CrmSyncMessage; delaySeconds: number }> = [];
  async send(body: CrmSyncMessage, options?: { delaySeconds?: number }) {
    this.sent.push({ body, delaySeconds: options?.delaySeconds ?? 0 });
  }
  async sendBatch(messages: Array<{ body: CrmSyncMessage; delaySeconds?: number }>) {
    for (const m of messages) this.sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? 0 });
  }
  take() {
    return this.sent.splice(0);
  }
}
