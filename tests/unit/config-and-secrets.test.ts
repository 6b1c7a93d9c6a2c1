import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import { DEV_SECRETS_KEY, parseConfig, type Env } from "../../workers/platform/env";

const env = (vars: Partial<Env>): Env => ({ DB: {} as D1Database, CALENDAR: {} as Env["CALENDAR"], CONVERSATIONS: {} as Env["CONVERSATIONS"], LIVE: {} as Env["LIVE"], MEMBERS: {} as Env["MEMBERS"], WEBHOOK_QUEUE: {} as Env["WEBHOOK_QUEUE"], ICAL_QUEUE: {} as Env["ICAL_QUEUE"], OUTBOUND_QUEUE: {} as Env["OUTBOUND_QUEUE"], EMAIL_QUEUE: {} as Env["EMAIL_QUEUE"], API_KEY_LIMITER: {} as RateLimit, SIGNUP_LIMITER: {} as RateLimit, CHAT_SESSION_LIMITER: {} as RateLimit, CHAT_MESSAGE_LIMITER: {} as RateLimit, GUEST_PORTAL_LIMITER: {} as RateLimit, QUOTATION_LINK_LIMITER: {} as RateLimit, QUOTATIONS: {} as Env["QUOTATIONS"], READ_MODEL: {} as Env["READ_MODEL"], BOOKINGS_QUEUE: {} as Env["BOOKINGS_QUEUE"], RECEIPTS: {} as R2Bucket, PARTNER_WEBHOOK_QUEUE: {} as Env["PARTNER_WEBHOOK_QUEUE"], EXPORT_QUEUE: {} as Env["EXPORT_QUEUE"], EXPORTS: {} as R2Bucket, ...vars });

describe("parseConfig", () => {
  it("uses the documented local defaults in development", () => {
    const config = parseConfig(env({ ENVIRONMENT: "development" }));
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(atob(config.secretsKey)).toHaveLength(32);
  });

  it("refuses to start in production without secrets, naming them", () => {
    expect(() => parseConfig(env({ ENVIRONMENT: "production" }))).toThrow(/JWT_SECRET.*SECRETS_KEY|SECRETS_KEY.*JWT_SECRET/);
  });

  it("refuses a secrets key of the wrong length", () => {
    expect(() => parseConfig(env({ ENVIRONMENT: "production", JWT_SECRET: "j".repeat(40), SECRETS_KEY: btoa("short") }))).toThrow(/SECRETS_KEY/);
  });
});

describe("secret box (AES-GCM)", () => {
  it("round-trips and never stores the plaintext", async () => {
    const sealed = await sealSecret(DEV_SECRETS_KEY, "APP_USR-123-secret", "tenant:ten_a:mercadopago");
    expect(sealed).not.toContain("APP_USR");
    expect(await openSecret(DEV_SECRETS_KEY, sealed, "tenant:ten_a:mercadopago")).toBe("APP_USR-123-secret");
  });

  it("uses a fresh IV each time", async () => {
    const a = await sealSecret(DEV_SECRETS_KEY, "same", "ctx");
    const b = await sealSecret(DEV_SECRETS_KEY, "same", "ctx");
    expect(a).not.toBe(b);
  });

  it("refuses a value moved to another owner (associated data) or tampered with", async () => {
    const sealed = await sealSecret(DEV_SECRETS_KEY, "token", "tenant:ten_a:stripe");
    await expect(openSecret(DEV_SECRETS_KEY, sealed, "tenant:ten_b:stripe")).rejects.toThrow();
    const tampered = sealed.slice(0, -4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(openSecret(DEV_SECRETS_KEY, tampered, "tenant:ten_a:stripe")).rejects.toThrow();
  });
});
