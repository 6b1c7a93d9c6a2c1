import { vi } from "vitest";
import type { WebhookDeliveryMessage } from "../../../workers/platform/queue-messages";

export const PARTNER_BASE = "https://hooks.partner.fake";
const DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";
/** A public address for the partner's host (any plain unicast address would do). */
const PARTNER_ADDRESS = "93.184.216.34";

export interface ReceivedDelivery {
  path: string;
  headers: Record<string, string>;
  body: string;
  answeredStatus: number;
}

/**
 * A partner's webhook receiver on a fake host: records every request with its headers and raw
 * body, and answers from a script (`answers`, consumed in order, then `otherwise`). It answers
 * the sender's DNS-over-HTTPS lookups too, so the SSRF guard runs as in production.
 */
export class FakePartner {
  readonly received: ReceivedDelivery[] = [];
  answers: number[] = [];
  otherwise = 200;
  readonly dns = new Map<string, string[]>([[new URL(PARTNER_BASE).hostname, [PARTNER_ADDRESS]]]);

  install() {
    const original = globalThis.fetch.bind(globalThis);
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.startsWith(DOH_ENDPOINT)) return this.resolve(new URL(request.url));
      if (!request.url.startsWith(PARTNER_BASE)) return original(input, init);
      const status = this.answers.shift() ?? this.otherwise;
      this.received.push({ path: new URL(request.url).pathname, headers: Object.fromEntries(request.headers), body: await request.text(), answeredStatus: status });
      return new Response(status < 300 ? "ok" : `failure ${status}`, { status });
    });
    return this;
  }

  /** Requests that reached the receiver for one webhook-id. */
  deliveriesOf(webhookId: string) {
    return this.received.filter((r) => r.headers["webhook-id"] === webhookId);
  }

  private resolve(url: URL): Response {
    const name = url.searchParams.get("name") ?? "";
    const type = url.searchParams.get("type") === "AAAA" ? 28 : 1;
    const addresses = this.dns.get(name);
    if (!addresses) return Response.json({ Status: 3 });
    const answer = addresses.filter((a) => (type === 28) === a.includes(":")).map((data) => ({ name, type, TTL: 60, data }));
    return Response.json({ Status: 0, Answer: answer }, { headers: { "content-type": "application/dns-json" } });
  }
}

/** A stand-in for the delivery queue that keeps what was sent (with its delay) for the test to run by hand. */
export class RecordingQueue {
  readonly sent: Array<{ body: WebhookDeliveryMessage; delaySeconds: number }> = [];
  async send(body: WebhookDeliveryMessage, options?: { delaySeconds?: number }) {
    this.sent.push({ body, delaySeconds: options?.delaySeconds ?? 0 });
  }
  async sendBatch(messages: Iterable<{ body: WebhookDeliveryMessage; delaySeconds?: number }>) {
    for (const m of messages) this.sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? 0 });
  }
  take() {
    return this.sent.splice(0, this.sent.length);
  }
}
