import { describe, expect, it } from "vitest";
import { checkPublicUrl } from "../../../shared/net/public-url";

describe("checkPublicUrl", () => {
  it("accepts public https calendar URLs from the OTAs", () => {
    for (const url of [
      "https://www.airbnb.com/calendar/ical/12345.ics?s=abcdef",
      "https://admin.booking.com/hotel/hoteladmin/ical.html?t=0b1c",
      "https://www.vrbo.com/icalendar/abc.ics",
      "https://93.184.216.34/cal.ics",
      "https://[2606:4700::6810:84e5]/cal.ics",
    ]) {
      expect(checkPublicUrl(url), url).toMatchObject({ ok: true });
    }
  });

  it.each([
    ["http://www.airbnb.com/calendar.ics", "scheme_not_allowed"],
    ["ftp://example.com/cal.ics", "scheme_not_allowed"],
    ["file:///etc/passwd", "scheme_not_allowed"],
    ["https://user:pass@example.com/cal.ics", "credentials_in_url"],
    ["https://example.com:8443/cal.ics", "port_not_allowed"],
    ["https://localhost/cal.ics", "private_address"],
    ["https://127.0.0.1/cal.ics", "private_address"],
    ["https://2130706433/cal.ics", "private_address"],
    ["https://0x7f.0.0.1/cal.ics", "private_address"],
    ["https://0177.0.0.1/cal.ics", "private_address"],
    ["https://10.0.0.5/cal.ics", "private_address"],
    ["https://172.20.1.1/cal.ics", "private_address"],
    ["https://192.168.1.10/cal.ics", "private_address"],
    ["https://169.254.169.254/latest/meta-data", "private_address"],
    ["https://100.64.0.1/cal.ics", "private_address"],
    ["https://0.0.0.0/cal.ics", "private_address"],
    ["https://[::1]/cal.ics", "private_address"],
    ["https://[::ffff:127.0.0.1]/cal.ics", "private_address"],
    ["https://[::ffff:10.1.2.3]/cal.ics", "private_address"],
    ["https://[fd00::1]/cal.ics", "private_address"],
    ["https://[fe80::1]/cal.ics", "private_address"],
    ["https://metadata.google.internal/computeMetadata/v1/", "private_address"],
    ["https://printer.local/cal.ics", "private_address"],
    ["https://intranet/cal.ics", "private_address"],
    ["not a url", "invalid_url"],
    // Special-purpose IPv6 (IANA registry), IPv4 carried inside IPv6 included.
    ["https://[::127.0.0.1]/cal.ics", "private_address"],
    ["https://[::a9fe:a9fe]/cal.ics", "private_address"],
    ["https://[64:ff9b::a9fe:a9fe]/cal.ics", "private_address"],
    ["https://[64:ff9b:1::7f00:1]/cal.ics", "private_address"],
    ["https://[2002:7f00:1::]/cal.ics", "private_address"],
    ["https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/cal.ics", "private_address"],
    ["https://[fec0::1]/cal.ics", "private_address"],
    ["https://[100::1]/cal.ics", "private_address"],
    ["https://[2001:db8::1]/cal.ics", "private_address"],
    ["https://[3fff::1]/cal.ics", "private_address"],
    ["https://[2001:20::1]/cal.ics", "private_address"],
    ["https://[2001:10::1]/cal.ics", "private_address"],
    ["https://[2001:2::1]/cal.ics", "private_address"],
    ["https://[5f00::1]/cal.ics", "private_address"],
    ["https://[ff02::1]/cal.ics", "private_address"],
    ["https://[::]/cal.ics", "private_address"],
    // Special-purpose IPv4 the old list missed.
    ["https://198.51.100.7/cal.ics", "private_address"],
    ["https://203.0.113.9/cal.ics", "private_address"],
    ["https://192.0.0.8/cal.ics", "private_address"],
    ["https://240.0.0.1/cal.ics", "private_address"],
  ])("refuses %s (%s)", (url, reason) => {
    expect(checkPublicUrl(url)).toEqual({ ok: false, reason });
  });

  it("allows plain http on loopback only when local testing asks for it", () => {
    expect(checkPublicUrl("http://127.0.0.1:9000/feed.ics", { allowInsecureLoopback: true })).toMatchObject({ ok: true });
    expect(checkPublicUrl("http://127.0.0.1:9000/feed.ics")).toEqual({ ok: false, reason: "scheme_not_allowed" });
    expect(checkPublicUrl("http://10.0.0.1/feed.ics", { allowInsecureLoopback: true })).toEqual({ ok: false, reason: "scheme_not_allowed" });
  });
});
