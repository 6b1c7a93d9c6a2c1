/**
 * Ids are a type prefix plus a ULID-style body: 10 chars of millisecond time and 16 of randomness
 * (Crockford base32), so they sort by creation time and never collide in practice.
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export type IdPrefix = "ten" | "usr" | "key" | "inv" | "acc" | "res" | "blk" | "feed" | "pay" | "evt" | "conv" | "msg" | "alr" | "rcp" | "rfd" | "tpl" | "sch" | "qtn" | "ptn" | "ofr" | "whs" | "whd" | "aud" | "gl" | "gid" | "ups" | "upp" | "gst" | "gmg" | "exp" | "gtc" | "pkg" | "crj";

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

const ULID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * A reservation id names the calendar it was born in: `res_` + its own time-sortable body + the
 * accommodation id's body. The API can then read a reservation from its calendar object the
 * moment the hold is answered, before the read model has it (read-your-writes), with no lookup.
 */
export function newReservationId(accommodationId: string, now = Date.now()): string {
  const accommodationBody = accommodationId.slice("acc_".length);
  if (!accommodationId.startsWith("acc_") || !ULID_BODY.test(accommodationBody)) throw new RangeError(`not an accommodation id: ${accommodationId}`);
  return `${newId("res", now)}${accommodationBody}`;
}

/** The accommodation whose calendar holds a reservation, or null for ids that do not say. */
export function accommodationOfReservation(reservationId: string): string | null {
  const body = reservationId.startsWith("res_") ? reservationId.slice("res_".length) : "";
  if (body.length !== 52 || !ULID_BODY.test(body.slice(0, 26)) || !ULID_BODY.test(body.slice(26))) return null;
  return `acc_${body.slice(26)}`;
}
