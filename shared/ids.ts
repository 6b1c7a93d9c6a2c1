/**
 * Ids are a type prefix plus a ULID-style body: 10 chars of millisecond time and 16 of randomness
 * (Crockford base32), so they sort by creation time and never collide in practice.
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export type IdPrefix = "ten" | "usr" | "key" | "inv" | "acc" | "res" | "blk" | "feed" | "pay" | "evt" | "conv" | "msg" | "alr";

export function newId(prefix: IdPrefix, now = Date.now()): string {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = crypto.getRandomValues(new Uint8Array(16));
  let body = "";
  for (const byte of random) body += CROCKFORD[byte % 32];
  return `${prefix}_${time}${body}`;
}
