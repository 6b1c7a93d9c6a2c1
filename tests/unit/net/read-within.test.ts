import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readWithin } from "../../../shared/net/read-within";

function chunks(count: number, size: number) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= count) return controller.close();
      counter.pulled++;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

describe("readWithin", () => {
  it("reads a body within the limit whole", async () => {
    const { stream } = chunks(3, 10);
    expect((await readWithin(stream, { maxBytes: 30 })).byteLength).toBe(30);
  });

  it("stops and cancels at the first chunk past the limit", async () => {
    const { stream, counter } = chunks(1_000, 1024);
    await expect(readWithin(stream, { maxBytes: 4096 })).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(counter.pulled).toBeLessThanOrEqual(6);
    expect(counter.cancelled).toBe(true);
  });

  it("gives up on a stream that goes silent once the signal aborts", async () => {
    const silent = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) });
    await expect(readWithin(silent, { maxBytes: 10, signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: "TimeoutError" });
  });
});
