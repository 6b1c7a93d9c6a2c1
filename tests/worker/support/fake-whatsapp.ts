import { vi } from "vitest";

export const GRAPH_BASE = "https://graph.whatsapp.fake/v21.0";

/** The Graph API's send endpoint on a fake host: records what was sent, can fail on demand. */
export class FakeWhatsApp {
  readonly sent: Array<{ phoneNumberId: string; body: any }> = [];
  /** Status codes to answer with, one per coming request, before answering normally. */
  readonly failures: number[] = [];
  private spy: ReturnType<typeof vi.spyOn> | null = null;
  private sequence = 0;

  install() {
    const original = globalThis.fetch.bind(globalThis);
    this.spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(GRAPH_BASE)) return original(input, init);
      return this.handle(request);
    });
    return this;
  }

  async handle(request: Request): Promise<Response> {
    const failure = this.failures.shift();
    if (failure) return new Response(JSON.stringify({ error: { message: "fake failure", code: failure } }), { status: failure });
    const match = new URL(request.url).pathname.match(/\/v21\.0\/(\d+)\/messages$/);
    if (request.method !== "POST" || !match) return new Response("{}", { status: 404 });
    this.sent.push({ phoneNumberId: match[1]!, body: await request.json() });
    return Response.json({ messaging_product: "whatsapp", contacts: [{ input: "x", wa_id: "x" }], messages: [{ id: `wamid.FAKE_OUT_${++this.sequence}` }] });
  }

  uninstall() {
    this.spy?.mockRestore();
  }
}
