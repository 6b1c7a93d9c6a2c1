import { dnsOverHttpsResolver, type HostResolver } from "../../../shared/net/dns-over-https";
import { checkPublicUrl, isLoopbackHost } from "../../../shared/net/public-url";
import { checkResolvedHost } from "../../../shared/net/resolved-host";

export const ENDPOINT_TIMEOUT_MS = 15_000;
/** How much of a partner's answer the delivery log keeps. */
export const RESPONSE_EXCERPT_BYTES = 1024;

export interface EndpointOptions {
  /** Development only (ICAL_ALLOW_LOOPBACK, the same allowance as iCal feeds): a receiver on loopback over http. */
  allowInsecureLoopback: boolean;
  resolver?: HostResolver;
  timeoutMs?: number;
}

export type EndpointAnswer = { ok: boolean; status: number | null; excerpt: string | null; error: string | null; latencyMs: number };

/**
 * POSTs one signed delivery through the same SSRF guard as iCal feeds: the URL is checked, its
 * host resolved and refused on any private answer, and redirects are not followed (a partner
 * answering 3xx has not received the event). Never throws: every miss is an answer to record.
 */
export async function postToEndpoint(url: string, body: string, headers: Record<string, string>, options: EndpointOptions): Promise<EndpointAnswer> {
  const started = Date.now();
  const deadline = AbortSignal.timeout(options.timeoutMs ?? ENDPOINT_TIMEOUT_MS);
  const done = (answer: Omit<EndpointAnswer, "latencyMs">): EndpointAnswer => ({ ...answer, latencyMs: Date.now() - started });
  const check = checkPublicUrl(url, options);
  if (!check.ok) return done({ ok: false, status: null, excerpt: null, error: `url_not_allowed: ${check.reason}` });
  try {
    if (!(options.allowInsecureLoopback && isLoopbackHost(check.url.hostname))) {
      const resolved = await checkResolvedHost(check.url, options.resolver ?? dnsOverHttpsResolver(), deadline);
      if (!resolved.ok) return done({ ok: false, status: null, excerpt: null, error: `url_not_allowed: ${check.url.hostname} resolves to ${resolved.address}` });
    }
    const response = await fetch(check.url.toString(), {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "Posada-Webhooks/1.0" },
      body,
      redirect: "manual",
      signal: deadline,
    });
    const excerpt = await readExcerpt(response);
    const ok = response.status >= 200 && response.status < 300;
    return done({ ok, status: response.status, excerpt, error: ok ? null : `HTTP ${response.status}` });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const timedOut = deadline.aborted || name === "TimeoutError" || name === "AbortError";
    return done({ ok: false, status: null, excerpt: null, error: timedOut ? "timeout" : `network: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) });
  }
}

/** The first kilobyte of the answer, as text; the rest is cancelled, never buffered. */
async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < RESPONSE_EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(size, RESPONSE_EXCERPT_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const take = chunk.subarray(0, bytes.length - offset);
    bytes.set(take, offset);
    offset += take.length;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}
