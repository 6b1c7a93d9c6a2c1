/**
 * Whether one IP address is on the public internet. Parsing and the IANA special-purpose
 * registries (RFC 6890 and successors) come from ipaddr.js, a small, dependency-free and
 * long-maintained library (express's proxy-addr uses it): a hand-kept table drifts as IANA adds
 * ranges, and IPv6 spellings are easy to get wrong.
 */
import ipaddr from "ipaddr.js";

/** 2000::/3 is the only block IANA allocates for global unicast; everything outside it is special or unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/**
 * True only for a plain public unicast address. Every special-purpose range is refused whole,
 * including the ones that carry an IPv4 address inside an IPv6 one (IPv4-compatible ::/96,
 * mapped ::ffff:0:0/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16, Teredo
 * 2001::/32): a gateway could turn them into a request to any IPv4 address, private ones included.
 */
export function isPublicAddress(text: string): boolean {
  if (!ipaddr.isValid(text)) return false;
  const address = ipaddr.parse(text);
  if (address.kind() === "ipv4") return address.range() === "unicast";
  // ipaddr.js knows no range for ::/96 (IPv4-compatible) or other unassigned space, so the
  // allocation check comes first; inside 2000::/3 its registry names Teredo, 6to4, ORCHID,
  // documentation, benchmarking, AMT and AS112.
  return address.match(GLOBAL_UNICAST_V6) && address.range() === "unicast";
}
