import { describe, expect, it } from "vitest";
import { hotp, matchTotp, totp } from "../../shared/crypto/totp";
import { base32ToBytes, bytesToBase32 } from "../../shared/crypto/encoding";

const ascii = (s: string) => new TextEncoder().encode(s);
const SHA1_SEED = ascii("12345678901234567890");
const SHA256_SEED = ascii("12345678901234567890123456789012");
const SHA512_SEED = ascii("1234567890123456789012345678901234567890123456789012345678901234");

// RFC 6238 Appendix B, as listed in tests/fixtures/totp/README.md
const RFC6238: Array<[number, string, string, string]> = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("TOTP (RFC 6238 Appendix B)", () => {
  it.each(RFC6238)("at %i s matches SHA1/SHA256/SHA512 vectors", async (time, sha1, sha256, sha512) => {
    expect(await totp(SHA1_SEED, time, { digits: 8, algorithm: "SHA-1" })).toBe(sha1);
    expect(await totp(SHA256_SEED, time, { digits: 8, algorithm: "SHA-256" })).toBe(sha256);
    expect(await totp(SHA512_SEED, time, { digits: 8, algorithm: "SHA-512" })).toBe(sha512);
  });

  it("gives authenticator apps the last six digits", async () => {
    expect(await totp(SHA1_SEED, 59)).toBe("287082");
  });
});

describe("HOTP (RFC 4226 Appendix D)", () => {
  const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  it.each(expected.map((code, count) => [count, code] as const))("count %i → %s", async (count, code) => {
    expect(await hotp(SHA1_SEED, BigInt(count))).toBe(code);
  });
});

describe("matchTotp", () => {
  it("accepts the previous, current and next step and reports which", async () => {
    const now = 1_700_000_000;
    for (const offset of [-30, 0, 30]) {
      const code = await totp(SHA1_SEED, now + offset);
      expect(await matchTotp(SHA1_SEED, code, now)).toBe(BigInt(Math.floor((now + offset) / 30)));
    }
  });

  it("refuses a code two steps away and malformed input", async () => {
    const now = 1_700_000_000;
    expect(await matchTotp(SHA1_SEED, await totp(SHA1_SEED, now - 60), now)).toBeNull();
    expect(await matchTotp(SHA1_SEED, "12345", now)).toBeNull();
    expect(await matchTotp(SHA1_SEED, "abcdef", now)).toBeNull();
  });

  it("round-trips the base32 seed used in otpauth URIs", () => {
    expect(bytesToBase32(SHA1_SEED)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32ToBytes("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).toEqual(SHA1_SEED);
  });
});
