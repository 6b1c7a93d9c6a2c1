const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/** 20 characters of base32: 100 random bits, so a thread's reply address cannot be guessed. */
export function newReplyToken(): string {
  let token = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(20))) token += CROCKFORD[byte % 32];
  return token;
}

/** Where a guest's reply goes: it names the thread by its token. */
export const replyAddress = (token: string, inboundDomain: string) => `reply+${token}@${inboundDomain}`;

/** The token of a `reply+<token>@…` address, or null for any other address. */
export function replyTokenOf(address: string): string | null {
  const match = /^reply\+([0-9a-z]{20})@/i.exec(address.trim());
  return match ? match[1]!.toLowerCase() : null;
}
