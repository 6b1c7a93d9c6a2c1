/**
 * Rate Limiting bindings count in windows aligned to the wall clock (miniflare does too), so a
 * test that fills a minute's budget and expects the next request to be refused starts far from
 * a minute's end: otherwise a window turning over mid-test would make it pass or fail by the clock.
 */
export async function awayFromMinuteEdge(neededMs = 8_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
