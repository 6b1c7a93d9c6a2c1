/**
 * The second half of the SSRF guard: a public-looking host name can still point at loopback or a
 * private network (`127.0.0.1.nip.io`, a rebinding domain), so before each request the name is
 * resolved and refused if any of its addresses is not public. "Any", not "all": the runtime picks
 * which address to connect to, so one private answer is enough to be steered inside.
 */
import type { HostResolver } from "./dns-over-https";
import { isPublicAddress } from "./public-address";
import { ipLiteralOf } from "./public-url";

export type ResolvedHostCheck = { ok: true; addresses: string[] } | { ok: false; reason: "private_address"; address: string };

/** Resolves the URL's host name (an IP literal is taken as is) and refuses it if any address is special-purpose. */
export async function checkResolvedHost(url: URL, resolver: HostResolver, signal?: AbortSignal): Promise<ResolvedHostCheck> {
  const literal = ipLiteralOf(url);
  const addresses = literal ? [literal] : await resolver(url.hostname.replace(/\.$/, ""), signal);
  const refused = addresses.find((address) => !isPublicAddress(address));
  return refused === undefined ? { ok: true, addresses } : { ok: false, reason: "private_address", address: refused };
}
