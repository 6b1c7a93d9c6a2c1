/**
 * A client address (cf-connecting-ip) no other test of the run will use: the worker files share one
 * runtime, and an address whose sign-in budget one test spent stays spent for 15 minutes, so two
 * tests that drew the same address from a small range saw each other's 429s. IPv6's documentation
 * prefix has room for a random 64-bit tail.
 */
export function uniqueAddress(): string {
  const groups = Array.from(crypto.getRandomValues(new Uint16Array(4)), (n) => n.toString(16));
  return `2001:db8:5e55::${groups.join(":")}`;
}
