/**
 * Reads a byte stream whole, but never more than a limit and never past a deadline. Both are
 * checked chunk by chunk while the bytes arrive, so a body without Content-Length cannot make
 * us buffer past the limit, and a peer that stops sending mid-body cannot hold us open.
 */

/** The stream went past `limitBytes`; reading stopped there and the stream was cancelled. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The body is larger than ${limitBytes} bytes`);
  }
}

/** All bytes of `stream`; rejects with BodyTooLargeError past `maxBytes`, with `signal.reason` once it aborts. */
export async function readWithin(stream: ReadableStream<Uint8Array> | null, options: { maxBytes: number; signal?: AbortSignal }): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const aborted = abortPromise(options.signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      // A mocked or misbehaving source may ignore the signal, so the race enforces it here too.
      const { done, value } = await (aborted ? Promise.race([reader.read(), aborted.promise]) : reader.read());
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) throw new BodyTooLargeError(options.maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    aborted?.dispose();
  }
  return concat(chunks, total);
}

function abortPromise(signal: AbortSignal | undefined): { promise: Promise<never>; dispose: () => void } | null {
  if (!signal) return null;
  let onAbort = () => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  // Nobody may await it when the body ends first; keep that from being an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
