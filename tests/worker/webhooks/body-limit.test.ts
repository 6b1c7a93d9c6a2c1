import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const CHUNK_BYTES = 16 * 1024;
const TOTAL_BYTES = 8 * 1024 * 1024;

/** A chunked body with no Content-Length that counts how much of it the Worker pulled. */
function countedStream() {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(CHUNK_BYTES).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= TOTAL_BYTES) return controller.close();
      counter.pulled += CHUNK_BYTES;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

describe("webhook bodies without Content-Length", () => {
  it.each([
    ["/webhooks/stripe/ten_01JABCDEFGHJKMNPQRSTVWXYZ0", 256 * 1024],
    ["/webhooks/mercadopago/ten_01JABCDEFGHJKMNPQRSTVWXYZ0?data.id=1", 64 * 1024],
    ["/webhooks/whatsapp", 256 * 1024],
  ])("%s answers 413 problem+json and stops reading at the cap", async (path, limit) => {
    const { stream, counter } = countedStream();
    const response = await SELF.fetch(`http://posada.test${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: stream });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()) as object).toMatchObject({ status: 413, code: "payload_too_large" });
    // Some chunks may be in flight when reading stops; the whole 8 MB must never be.
    expect(counter.pulled).toBeLessThan(limit + 1024 * 1024);
  });
});
