import { vi } from "vitest";

export const GRAPH_BASE = "https://graph.whatsapp.fake/v21.0";

/**
 * The fake each connected number belongs to. Test files share one runtime, so a reply an earlier
 * test left queued (a retry, a late answer) can reach a later test's fake: a send from a number
 * connected under another fake is answered but not recorded. On globalThis because every test file
 * evaluates this module again while the runtime, and its queues, carry on.
 */
type NumberOwners = { owners: Map<string, FakeWhatsApp>; latest?: FakeWhatsApp };
const numbers: NumberOwners = ((globalThis as { __posadaFakeWhatsAppNumbers?: NumberOwners }).__posadaFakeWhatsAppNumbers ??= { owners: new Map() });

/** Marks a number as the latest fake's: connectWhatsApp calls it for every number it connects. */
export function claimWhatsAppNumber(phoneNumberId: string) {
  if (numbers.latest) numbers.owners.set(phoneNumberId, numbers.latest);
}

/** The Graph API's send endpoint on a fake host: records what was sent, can fail on demand. */
export class FakeWhatsApp {
  readonly sent: Array<{ phoneNumberId: string; body: any }> = [];
  /** Status codes to answer with, one per coming request, before answering normally. */
  readonly failures: number[] = [];
  /** Guests' media by id, as the Graph API would serve it to the tenant's token. */
  readonly media = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  /** Bearer tokens that fetched media, to prove the tenant's own token was used. */
  readonly mediaTokens: string[] = [];
  /** The access token the fake's number answers to (the one tests connect with). */
  acceptedToken = "EAAG-fake-access-token";
  private spy: ReturnType<typeof vi.spyOn> | null = null;
  private sequence = 0;

  constructor() {
    numbers.latest = this;
  }

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
    if (request.method === "GET" && new URL(request.url).searchParams.has("fields")) return this.describeNumber(request);
    if (request.method === "GET") return this.serveMedia(request);
    const match = new URL(request.url).pathname.match(/\/v21\.0\/(\d+)\/messages$/);
    if (request.method !== "POST" || !match) return new Response("{}", { status: 404 });
    const owner = numbers.owners.get(match[1]!);
    if (owner === undefined || owner === this) this.sent.push({ phoneNumberId: match[1]!, body: await request.json() });
    return Response.json({ messaging_product: "whatsapp", contacts: [{ input: "x", wa_id: "x" }], messages: [{ id: `wamid.FAKE_OUT_${++this.sequence}` }] });
  }

  /** The Graph API's phone number node: who the number is, for a token the fake accepts. */
  private describeNumber(request: Request): Response {
    if (request.headers.get("authorization") !== `Bearer ${this.acceptedToken}`) return Response.json({ error: { message: "Invalid OAuth access token", code: 190 } }, { status: 401 });
    const id = new URL(request.url).pathname.split("/").at(-1);
    return Response.json({ verified_name: "Cabañas del Lago", display_phone_number: "+54 9 294 555-0100", id });
  }

  /** A voice note the fake Workers AI will read as `words` with the given confidence. */
  addVoiceNote(mediaId: string, confidence: number, words: string) {
    this.media.set(mediaId, { bytes: new TextEncoder().encode(`fake-voice|${confidence}|${words}`), mimeType: "audio/ogg" });
  }

  private serveMedia(request: Request): Response {
    const path = new URL(request.url).pathname;
    this.mediaTokens.push(request.headers.get("authorization") ?? "");
    const info = path.match(/\/v21\.0\/(\d+)$/);
    const file = path.match(/\/v21\.0\/media-files\/(\d+)$/);
    const item = this.media.get(info?.[1] ?? file?.[1] ?? "");
    if (!item) return Response.json({ error: { message: "Unsupported get request", code: 100 } }, { status: 404 });
    if (info) return Response.json({ messaging_product: "whatsapp", url: `${GRAPH_BASE}/media-files/${info[1]}`, mime_type: item.mimeType, sha256: "ZmFrZQ==", file_size: item.bytes.byteLength, id: info[1] });
    return new Response(item.bytes, { headers: { "content-type": item.mimeType } });
  }

  uninstall() {
    this.spy?.mockRestore();
  }
}
