import { afterEach, describe, expect, it, vi } from "vitest";
import { dnsOverHttpsResolver, HostLookupError, type HostResolver } from "../../../shared/net/dns-over-https";
import { isPublicAddress } from "../../../shared/net/public-address";
import { checkResolvedHost } from "../../../shared/net/resolved-host";

const fakeResolver =
  (answers: Record<string, string[]>): HostResolver =>
  async (hostname) => {
    const addresses = answers[hostname];
    if (!addresses) throw new HostLookupError(`${hostname} has no A or AAAA record`);
    return addresses;
  };

describe("isPublicAddress", () => {
  it("accepts public unicast and nothing else", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:4700::6810:84e5")).toBe(true);
    for (const address of ["127.0.0.1", "10.1.2.3", "::1", "::7f00:1", "::ffff:7f00:1", "64:ff9b::a00:1", "fe80::1%eth0", "not an ip", ""]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe("checkResolvedHost", () => {
  it("refuses a host name that resolves to loopback (127.0.0.1.nip.io)", async () => {
    const check = await checkResolvedHost(new URL("https://127.0.0.1.nip.io/cal.ics"), fakeResolver({ "127.0.0.1.nip.io": ["127.0.0.1"] }));
    expect(check).toEqual({ ok: false, reason: "private_address", address: "127.0.0.1" });
  });

  it("refuses when any one of the addresses is special-purpose", async () => {
    const check = await checkResolvedHost(new URL("https://mixed.example/cal.ics"), fakeResolver({ "mixed.example": ["93.184.216.34", "fd00::1"] }));
    expect(check).toMatchObject({ ok: false, address: "fd00::1" });
  });

  it("accepts a host name whose every address is public, and takes an IP literal without a lookup", async () => {
    const resolver = vi.fn(fakeResolver({ "www.airbnb.com": ["93.184.216.34", "2606:4700::6810:84e5"] }));
    expect(await checkResolvedHost(new URL("https://www.airbnb.com/calendar/ical/1.ics"), resolver)).toMatchObject({ ok: true });
    expect(await checkResolvedHost(new URL("https://93.184.216.34/cal.ics"), resolver)).toEqual({ ok: true, addresses: ["93.184.216.34"] });
    expect(resolver).toHaveBeenCalledTimes(1);
  });
});

describe("dnsOverHttpsResolver", () => {
  afterEach(() => vi.restoreAllMocks());

  it("asks for A and AAAA in DNS JSON and keeps only the addresses (not the CNAMEs)", async () => {
    const asked: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = new URL(String(input));
      asked.push(`${url.searchParams.get("type")} ${new Headers(init?.headers).get("accept")}`);
      const answer = url.searchParams.get("type") === "A" ? [{ type: 5, data: "edge.example." }, { type: 1, data: "93.184.216.34" }] : [{ type: 28, data: "2606:4700::1" }];
      return Response.json({ Status: 0, Answer: answer });
    });
    expect(await dnsOverHttpsResolver("https://doh.example/dns-query")("cal.example")).toEqual(["93.184.216.34", "2606:4700::1"]);
    expect(asked.sort()).toEqual(["A application/dns-json", "AAAA application/dns-json"]);
  });

  it("fails on NXDOMAIN, a server failure or an unreadable answer", async () => {
    const resolve = dnsOverHttpsResolver("https://doh.example/dns-query");
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => Response.json({ Status: 3 }));
    await expect(resolve("nope.example")).rejects.toBeInstanceOf(HostLookupError);
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => Response.json({ Status: 2 }));
    await expect(resolve("broken.example")).rejects.toThrow(/RCODE 2/);
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response("<html>", { status: 200 }));
    await expect(resolve("html.example")).rejects.toThrow(/unreadable/);
  });
});
