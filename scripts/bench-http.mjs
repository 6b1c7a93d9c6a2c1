// What every HTTP benchmark here shares: the target (loopback only), one timed JSON call, percentiles.
export const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(new URL(base).hostname)) throw new Error(`${base}: loopback only`);

/** One request, timed from send to the last byte of the answer. */
export async function api(method, path, { token, body } = {}) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const json = text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : undefined;
  return { status: response.status, json, ms, bytes: text.length };
}

/** The p-th percentile of an ascending list (0 when empty). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
