import { checkPublicUrl } from "../../shared/net/public-url";

export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

export type FeedFetch =
  | { kind: "not_modified" }
  | { kind: "ok"; body: Uint8Array; etag: string | null; lastModified: string | null };

/** Why a fetch did not produce a calendar; the feed keeps its last good blocks either way. */
export class FeedFetchError extends Error {
  override name = "FeedFetchError";
  constructor(
    readonly reason: "url_not_allowed" | "http_error" | "timeout" | "too_large" | "network",
    message: string,
  ) {
    super(message);
  }
}

/**
 * A conditional GET of an OTA calendar. Every redirect hop is checked again, so a public URL
 * cannot bounce the fetcher onto a private address; the body is read up to a size limit.
 */
export async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, options: { allowInsecureLoopback: boolean }): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: "text/calendar, text/plain;q=0.9, */*;q=0.5", "user-agent": "Posada-iCal/1.0 (+https://posada.app)" };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;

  let target = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const check = checkPublicUrl(target, options);
    if (!check.ok) throw new FeedFetchError("url_not_allowed", `The feed URL is not allowed (${check.reason})`);
    let response: Response;
    try {
      response = await fetch(check.url.toString(), { headers, redirect: "manual", signal: AbortSignal.timeout(FEED_TIMEOUT_MS) });
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
      throw new FeedFetchError(timedOut ? "timeout" : "network", timedOut ? `No answer within ${FEED_TIMEOUT_MS / 1000} s` : `Could not reach the feed: ${(error as Error).message}`);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get("location");
      if (!location) throw new FeedFetchError("http_error", `The feed answered ${response.status} without a Location`);
      target = new URL(location, target).toString();
      continue;
    }
    if (response.status === 304) return { kind: "not_modified" };
    if (!response.ok) throw new FeedFetchError("http_error", `The feed answered HTTP ${response.status}`);
    return { kind: "ok", body: await readLimited(response), etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
  }
  throw new FeedFetchError("http_error", `More than ${MAX_REDIRECTS} redirects`);
}

async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > FEED_MAX_BYTES) throw new FeedFetchError("too_large", `The feed is larger than ${FEED_MAX_BYTES / 1024 / 1024} MB`);
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > FEED_MAX_BYTES) {
      await reader.cancel();
      throw new FeedFetchError("too_large", `The feed is larger than ${FEED_MAX_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
