import { vi } from "vitest";

export const OTA_BASE = "https://calendar.ota.fake";

type Answer = { status?: number; body?: string; headers?: Record<string, string> };

/**
 * An OTA calendar server on a fake host: each path serves a calendar with an ETag and honours
 * If-None-Match, or answers whatever failure a test sets. Requests are recorded.
 */
export class FakeOta {
  readonly calendars = new Map<string, { body: string; etag: string }>();
  readonly failures = new Map<string, Answer>();
  readonly requests: Array<{ path: string; ifNoneMatch: string | null }> = [];
  private spy: ReturnType<typeof vi.spyOn> | null = null;
  private version = 0;

  install() {
    const original = globalThis.fetch.bind(globalThis);
    this.spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(OTA_BASE)) return original(input, init);
      const path = new URL(request.url).pathname;
      this.requests.push({ path, ifNoneMatch: request.headers.get("if-none-match") });
      const failure = this.failures.get(path);
      if (failure) return new Response(failure.body ?? "", { status: failure.status ?? 500, headers: failure.headers });
      const calendar = this.calendars.get(path);
      if (!calendar) return new Response("not found", { status: 404 });
      if (request.headers.get("if-none-match") === calendar.etag) return new Response(null, { status: 304, headers: { etag: calendar.etag } });
      return new Response(calendar.body, { headers: { "content-type": "text/calendar", etag: calendar.etag } });
    });
    return this;
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
