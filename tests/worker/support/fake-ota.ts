import { vi } from "vitest";

export const OTA_BASE = "https://calendar.ota.fake";
/** The DNS-over-HTTPS endpoint the feed fetcher asks (shared/net/dns-over-https.ts). */
export const DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";
/** A public address for the fake OTA's host name (any plain unicast address would do). */
export const OTA_ADDRESS = "93.184.216.34";

/**
 * `midBody` sends the first half of `body`, then drops the connection ("drop") or goes silent
 * until the request is aborted ("stall"), as a flaky OTA does.
 */
type Answer = { status?: number; body?: string; headers?: Record<string, string>; midBody?: "drop" | "stall" };

/**
 * An OTA calendar server on a fake host: each path serves a calendar with an ETag and honours
 * If-None-Match, or answers whatever failure a test sets. Requests are recorded. It also answers
 * the fetcher's DNS-over-HTTPS lookups: its own host resolves to a public address, and a test may
 * point other names anywhere (`dns`).
 */
export class FakeOta {
  readonly calendars = new Map<string, { body: string; etag: string }>();
  readonly dns = new Map<string, string[]>([[new URL(OTA_BASE).hostname, [OTA_ADDRESS]]]);
  readonly lookups: string[] = [];
  readonly failures = new Map<string, Answer>();
  readonly requests: Array<{ path: string; ifNoneMatch: string | null }> = [];
  private spy: ReturnType<typeof vi.spyOn> | null = null;
  private version = 0;

  install() {
    const original = globalThis.fetch.bind(globalThis);
    this.spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.startsWith(DOH_ENDPOINT)) return this.resolve(new URL(request.url));
      if (!request.url.startsWith(OTA_BASE)) return original(input, init);
      const path = new URL(request.url).pathname;
      this.requests.push({ path, ifNoneMatch: request.headers.get("if-none-match") });
      const failure = this.failures.get(path);
      if (failure?.midBody) return new Response(brokenBody(failure.body ?? "", failure.midBody, request.signal), { status: failure.status ?? 200, headers: failure.headers });
      if (failure) return new Response(failure.body ?? "", { status: failure.status ?? 500, headers: failure.headers });
      const calendar = this.calendars.get(path);
      if (!calendar) return new Response("not found", { status: 404 });
      if (request.headers.get("if-none-match") === calendar.etag) return new Response(null, { status: 304, headers: { etag: calendar.etag } });
      return new Response(calendar.body, { headers: { "content-type": "text/calendar", etag: calendar.etag } });
    });
    return this;
  }

  /** A DNS-over-HTTPS JSON answer from `dns`; an unknown name is NXDOMAIN. */
  private resolve(url: URL): Response {
    const name = url.searchParams.get("name") ?? "";
    const type = url.searchParams.get("type") === "AAAA" ? 28 : 1;
    this.lookups.push(name);
    const addresses = this.dns.get(name);
    if (!addresses) return Response.json({ Status: 3 });
    const answer = addresses.filter((a) => (type === 28) === a.includes(":")).map((data) => ({ name, type, TTL: 60, data }));
    return Response.json({ Status: 0, Answer: answer }, { headers: { "content-type": "application/dns-json" } });
  }

  uninstall() {
    this.spy?.mockRestore();
  }

  serve(path: string, body: string): string {
    this.calendars.set(path, { body, etag: `"v${++this.version}"` });
    this.failures.delete(path);
    return `${OTA_BASE}${path}`;
  }

  fail(path: string, answer: Answer) {
    this.failures.set(path, answer);
  }
}

/** Half of `body`, then a dropped connection or silence until `signal` aborts. */
function brokenBody(body: string, how: "drop" | "stall", signal: AbortSignal): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
        return;
      }
      if (how === "drop") return controller.error(new TypeError("Network connection lost."));
      return new Promise<void>((resolve) => {
        const stop = () => {
          controller.error(signal.reason);
          resolve();
        };
        if (signal.aborted) stop();
        else signal.addEventListener("abort", stop, { once: true });
      });
    },
  });
}

/** A calendar of all-day events, the way Airbnb writes them. */
export function allDayFeed(events: Array<{ start: string; end: string; uid?: string; status?: string }>): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN", "CALSCALE:GREGORIAN"];
  events.forEach((e, i) => {
    lines.push(
      "BEGIN:VEVENT",
      "DTSTAMP:20261122T120000Z",
      `DTSTART;VALUE=DATE:${e.start.replace(/-/g, "")}`,
      `DTEND;VALUE=DATE:${e.end.replace(/-/g, "")}`,
      "SUMMARY:Reserved",
      `UID:${e.uid ?? `evt${i}`}@airbnb.com`,
      ...(e.status ? [`STATUS:${e.status}`] : []),
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}
