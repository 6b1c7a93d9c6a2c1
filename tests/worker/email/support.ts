import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { vi } from "vitest";
import worker from "../../../workers/index";
import type { QueueMessage } from "../../../workers/platform/queue-messages";

export const RESEND_BASE = "https://api.resend.fake";

/** Resend's API on a fake host: records each send, fails on demand, lists the account's domains. */
export class FakeResend {
  readonly sent: Array<{ body: any; idempotencyKey: string | null }> = [];
  readonly failures: number[] = [];
  verifiedDomains = ["example.com"];
  private spy: ReturnType<typeof vi.spyOn> | null = null;
  private sequence = 0;

  install() {
    const original = globalThis.fetch.bind(globalThis);
    this.spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(RESEND_BASE)) return original(input, init);
      if (request.headers.get("authorization") !== "Bearer re_test_key_123") return Response.json({ message: "invalid key" }, { status: 401 });
      if (request.method === "GET" && request.url.endsWith("/domains")) return Response.json({ data: this.verifiedDomains.map((name) => ({ name, status: "verified" })) });
      const failure = this.failures.shift();
      if (failure) return Response.json({ message: "fake failure" }, { status: failure });
      this.sent.push({ body: await request.json(), idempotencyKey: request.headers.get("idempotency-key") });
      return Response.json({ id: `re_${++this.sequence}_${crypto.randomUUID().slice(0, 8)}` });
    });
    return this;
  }

  uninstall() {
    this.spy?.mockRestore();
  }
}

/** The Worker's env with email going to the (fake) provider instead of the outbox. */
export const providerEnv = () => ({ ...env, EMAIL_DELIVERY: "provider" });

/** Delivers one outbound queue message on `queue`, as attempt `attempts`, and answers what the consumer did with it. */
export async function drive(queue: string, tenantId: string, messageId: string, { attempts = 1, workerEnv = env as object } = {}) {
  const batch = createMessageBatch<QueueMessage>(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts, body: { kind: "outbound", tenantId, messageId } }]);
  await worker.queue(batch, workerEnv as typeof env);
  return getQueueResult(batch, createExecutionContext());
}

/** An email as Email Routing hands it to the Worker's email() handler. */
export async function deliverEmail(envelope: { from: string; to: string }, raw: string, workerEnv: object = env) {
  const bytes = new TextEncoder().encode(raw.replace(/\r?\n/g, "\r\n"));
  const message = {
    from: envelope.from,
    to: envelope.to,
    raw: new Response(bytes).body!,
    rawSize: bytes.length,
    headers: new Headers(),
    setReject: () => undefined,
    forward: async () => undefined,
    reply: async () => undefined,
  };
  await worker.email(message as unknown as ForwardableEmailMessage, workerEnv as typeof env);
}

export const outboxOf = (tenantId: string) =>
  env.DB.prepare("SELECT to_address, reply_to, subject, text, html, raw, message_id FROM email_outbox WHERE tenant_id = ? ORDER BY created_at").bind(tenantId).all<{ to_address: string; reply_to: string; subject: string; text: string; html: string; raw: string; message_id: string }>().then((r) => r.results);

export const messageRow = (id: string) =>
  env.DB.prepare("SELECT status, provider_message_id, error, internet_message_id, conversation_id FROM messages WHERE id = ?").bind(id).first<{ status: string; provider_message_id: string | null; error: string | null; internet_message_id: string | null; conversation_id: string }>();
