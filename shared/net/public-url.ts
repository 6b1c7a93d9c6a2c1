/**
 * Decides whether a user-supplied URL may be fetched by the server. Posada fetches OTA calendars
 * from URLs operators paste in; without this, a URL could aim our fetcher at loopback, the cloud
 * metadata service or a private network (SSRF). The WHATWG URL parser already normalizes the
 * tricky spellings (decimal, hex and octal IPv4, IPv4-mapped IPv6), so checks run on its output.
 */

export type UrlRefusal = "invalid_url" | "scheme_not_allowed" | "credentials_in_url" | "private_address" | "port_not_allowed";

export interface PublicUrlOptions {
  /** Local development and tests may fetch plain http from loopback (a fake OTA on 127.0.0.1). */
  allowInsecureLoopback?: boolean;
}

const BLOCKED_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet", ".corp"];
const BLOCKED_HOSTS = new Set(["localhost", "metadata", "metadata.google.internal"]);

export function checkPublicUrl(raw: string, options: PublicUrlOptions = {}): { ok: true; url: URL } | { ok: false; reason: UrlRefusal } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "invalid_url" };
  }
  if (url.username || url.password) return { ok: false, reason: "credentials_in_url" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  const loopback = isLoopback(host);
  if (options.allowInsecureLoopback && loopback && (url.protocol === "http:" || url.protocol === "https:")) return { ok: true, url };
  if (url.protocol !== "https:") return { ok: false, reason: "scheme_not_allowed" };
  if (url.port && url.port !== "443") return { ok: false, reason: "port_not_allowed" };
  if (loopback || isPrivateHost(host)) return { ok: false, reason: "private_address" };
  return { ok: true, url };
}

function isLoopback(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = parseIpv4(host);
  if (v4) return v4[0] === 127;
  return host === "[::1]";
}

function isPrivateHost(host: string): boolean {
  if (BLOCKED_HOSTS.has(host) || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  // A bare single label ("intranet", "router") only resolves inside a private network.
  if (!host.includes(".") && !host.startsWith("[")) return true;
  const v4 = parseIpv4(host);
  if (v4) return isPrivateIpv4(v4);
  if (host.startsWith("[")) return isPrivateIpv6(host.slice(1, -1));
  return false;
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** Every range that is not the public internet (RFC 6890 special-purpose registry). */
function isPrivateIpv4([a, b]: number[]): boolean {
  if (a === undefined || b === undefined) return true;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 0) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

function isPrivateIpv6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === "::" || lower === "::1") return true;
  // IPv4-mapped and NAT64 addresses carry an IPv4 address inside: judge that one.
  const mapped = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return isPrivateIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  if (/^::ffff:/.test(lower)) return true;
  const first = parseInt(lower.split(":")[0] || "0", 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 || // multicast
    first === 0x2001 && lower.startsWith("2001:db8") // documentation
  );
}
