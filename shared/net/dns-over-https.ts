/**
 * Host name lookups over DNS-over-HTTPS (the JSON flavour), because a Worker has no resolver API
 * of its own and the SSRF guard must see the addresses a name points to. The JSON answer is a
 * dozen lines to read with zod, so no DNS library is needed.
 */
import { z } from "zod";

/** Every A and AAAA address of a host name; rejects with HostLookupError when it cannot tell. */
export type HostResolver = (hostname: string, signal?: AbortSignal) => Promise<string[]>;

export class HostLookupError extends Error {
  override name = "HostLookupError";
}

export const DEFAULT_DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";

const RECORD_TYPES = { A: 1, AAAA: 28 } as const;
/** RCODEs: 0 NOERROR, 3 NXDOMAIN (the name does not exist); anything else is a failed lookup. */
const NOERROR = 0;
const NXDOMAIN = 3;

const dohAnswer = z.object({
  Status: z.number().int(),
  Answer: z.array(z.object({ type: z.number().int(), data: z.string() })).optional(),
});

/** A resolver asking `endpoint` for A and AAAA records through `fetch` (which tests replace with a fake). */
export function dnsOverHttpsResolver(endpoint = DEFAULT_DOH_ENDPOINT): HostResolver {
  return async (hostname, signal) => {
    const answers = await Promise.all(Object.entries(RECORD_TYPES).map(([name, type]) => lookup(endpoint, hostname, name, type, signal)));
    const addresses = answers.flat();
    if (addresses.length === 0) throw new HostLookupError(`${hostname} has no A or AAAA record`);
    return addresses;
  };
}

async function lookup(endpoint: string, hostname: string, typeName: string, type: number, signal?: AbortSignal): Promise<string[]> {
  const url = new URL(endpoint);
  url.searchParams.set("name", hostname);
  url.searchParams.set("type", typeName);
  const response = await fetch(url, { headers: { accept: "application/dns-json" }, signal });
  if (!response.ok) throw new HostLookupError(`DNS lookup of ${hostname} failed: HTTP ${response.status}`);
  const parsed = dohAnswer.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new HostLookupError(`DNS lookup of ${hostname} gave an unreadable answer`);
  if (parsed.data.Status === NXDOMAIN) return [];
  if (parsed.data.Status !== NOERROR) throw new HostLookupError(`DNS lookup of ${hostname} failed (RCODE ${parsed.data.Status})`);
  // CNAME records sit in the same list; only the addresses they lead to count.
  return (parsed.data.Answer ?? []).filter((record) => record.type === type).map((record) => record.data.trim());
}
