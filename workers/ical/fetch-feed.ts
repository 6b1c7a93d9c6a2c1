import { dnsOverHttpsResolver, HostLookupError, type HostResolver } from "../../shared/net/dns-over-https";
import { checkPublicUrl, isLoopbackHost } from "../../shared/net/public-url";
import { BodyTooLargeError, readWithin } from "../../shared/net/read-within";
import { checkResolvedHost } from "../../shared/net/resolved-host";

export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

export type FeedFetch =
  | { kind: "not_modified" }
  | { kind: "ok"; body: Uint8Array; etag: string | null; lastModified: string | null };

export interface FeedFetchOptions {
  /** Development only: plain http to a fake OTA on loopback (ICAL_ALLOW_LOOPBACK). */
  allowInsecureLoopback: boolean;
  /** Looks up each hop's host name; DNS over HTTPS by default, a fake in tests. */
  resolver?: HostResolver;
  /** One budget for every hop, DNS lookups and the whole body together. */
  timeoutMs?: number;
}

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
 * A conditional GET of an OTA calendar. Every redirect hop is checked again, on its URL and on
 * the addresses its host name resolves to, so a public URL cannot bounce or resolve the fetcher
 * onto a private address. The body is read inside the same guard: a timeout or a dropped
 * connection mid-body is a FeedFetchError like any other miss, never an unexpected crash.
 */
export async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, options: FeedFetchOptions): Promise<FeedFetch> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    return await followRedirects(url, validators, options, deadline);
  } catch (error) {
    throw asFeedFetchError(error, deadline, timeoutMs);
  }
}

async function followRedirects(url: string, validators: { etag: string | null; lastModified: string | null }, options: FeedFetchOptions, deadline: AbortSignal): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: "text/calendar, text/plain;q=0.9, */*;q=0.5", "user-agent": "Posada-iCal/1.0 (+https://posada.app)" };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  const resolver = options.resolver ?? dnsOverHttpsResolver();

  let target = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const check = checkPublicUrl(target, options);
    if (!check.ok) throw new FeedFetchError("url_not_allowed", `The feed URL is not allowed (${check.reason})`);
    await assertResolvesPublic(check.url, options, resolver, deadline);
    const response = await fetch(check.url.toString(), { headers, redirect: "manual", signal: deadline });
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location) throw new FeedFetchError("http_error", `The feed answered ${response.status} without a Location`);
      target = new URL(location, target).toString();
      continue;
    }
    if (response.status === 304) return { kind: "not_modified" };
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError("http_error", `The feed answered HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > FEED_MAX_BYTES) throw new BodyTooLargeError(FEED_MAX_BYTES);
    const body = await readWithin(response.body, { maxBytes: FEED_MAX_BYTES, signal: deadline });
    return { kind: "ok", body, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
  }
  throw new FeedFetchError("http_error", `More than ${MAX_REDIRECTS} redirects`);
}

/** Loopback allowed for development was already decided on the URL; every other host is resolved. */
async function assertResolvesPublic(url: URL, options: FeedFetchOptions, resolver: HostResolver, deadline: AbortSignal) {
  if (options.allowInsecureLoopback && isLoopbackHost(url.hostname)) return;
  const resolved = await checkResolvedHost(url, resolver, deadline);
  if (!resolved.ok) throw new FeedFetchError("url_not_allowed", `The feed URL is not allowed (${resolved.reason}: ${url.hostname} resolves to ${resolved.address})`);
}

function asFeedFetchError(error: unknown, deadline: AbortSignal, timeoutMs: number): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (error instanceof BodyTooLargeError) return new FeedFetchError("too_large", `The feed is larger than ${FEED_MAX_BYTES / 1024 / 1024} MB`);
  const name = error instanceof Error ? error.name : "";
  if (deadline.aborted || name === "TimeoutError" || name === "AbortError") return new FeedFetchError("timeout", `No complete answer within ${timeoutMs / 1000} s`);
  if (error instanceof HostLookupError) return new FeedFetchError("network", `Could not resolve the feed's host: ${error.message}`);
  return new FeedFetchError("network", `The connection to the feed failed: ${error instanceof Error ? error.message : String(error)}`);
}
