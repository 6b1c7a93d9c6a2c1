/**
 * Decides whether a user-supplied URL may be fetched by the server. Posada fetches OTA calendars
 * from URLs operators paste in; without this, a URL could aim our fetcher at loopback, the cloud
 * metadata service or a private network (SSRF). The WHATWG URL parser already normalizes the
 * tricky spellings (decimal, hex and octal IPv4, IPv4-mapped IPv6), so checks run on its output.
 * This is the check on the URL alone; a host name is judged by what it resolves to in
 * resolved-host.ts, before every request.
 */
import { isPublicAddress } from "./public-address";

export type UrlRefusal = "invalid_url" | "scheme_not_allowed" | "credentials_in_url" | "private_address" | "port_not_allowed";

export interface PublicUrlOptions {
  /** Local development and tests may fetch plain http from loopback (a fake OTA on 127.0.0.1). */
  allowInsecureLoopback?: boolean;
}

const BLOCKED_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet", ".corp"];
const BLOCKED_HOSTS = new Set(["localhost", "metadata", "metadata.google.internal"]);

/** The URL, parsed, if its scheme, port, credentials and host name or address may be fetched. */
export function checkPublicUrl(raw: string, options: PublicUrlOptions = {}): { ok: true; url: URL } | { ok: false; reason: UrlRefusal } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "invalid_url" };
  }
  if (url.username || url.password) return { ok: false, reason: "credentials_in_url" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  const loopback = isLoopbackHost(host);
  if (options.allowInsecureLoopback && loopback && (url.protocol === "http:" || url.protocol === "https:")) return { ok: true, url };
  if (url.protocol !== "https:") return { ok: false, reason: "scheme_not_allowed" };
  if (url.port && url.port !== "443") return { ok: false, reason: "port_not_allowed" };
  if (loopback || isPrivateHost(host)) return { ok: false, reason: "private_address" };
  return { ok: true, url };
}

/** localhost, 127.0.0.0/8 or [::1]: the only hosts development may fetch over plain http. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = parseIpv4(host);
  if (v4) return v4[0] === 127;
  return host === "[::1]";
}

function isPrivateHost(host: string): boolean {
  if (BLOCKED_HOSTS.has(host) || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  // A bare single label ("intranet", "router") only resolves inside a private network.
  if (!host.includes(".") && !host.startsWith("[")) return true;
  if (parseIpv4(host)) return !isPublicAddress(host);
  if (host.startsWith("[")) return !isPublicAddress(host.slice(1, -1));
  return false;
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The IP address a URL names directly (without IPv6 brackets), or null for a host name. */
export function ipLiteralOf(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (host.startsWith("[")) return host.slice(1, -1);
  return parseIpv4(host) ? host : null;
}
