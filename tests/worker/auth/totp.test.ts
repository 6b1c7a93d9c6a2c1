import { describe, expect, it } from "vitest";
import { base32ToBytes } from "../../../shared/crypto/encoding";
import { totp } from "../../../shared/crypto/totp";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";

const nowCode = (secret: string, offsetSeconds = 0) => totp(base32ToBytes(secret), Math.floor(Date.now() / 1000) + offsetSeconds);

async function enrol(tenant: TestTenant) {
  const started = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
  expect(started.status).toBe(201);
  expect(started.json.otpauthUri).toContain(`secret=${started.json.secret}`);
  const verified = await call("POST", "/v1/me/totp/verify", { token: tenant.token, body: { code: await nowCode(started.json.secret) } });
  expect(verified.status).toBe(200);
  return { secret: started.json.secret as string, backupCodes: verified.json.backupCodes as string[] };
}

describe("TOTP two-factor sign-in", () => {
  it("is not required until enrolment is verified", async () => {
    const tenant = await createTenant();
    await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    const signIn = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password } });
    expect(signIn.status).toBe(201);
  });

  it("refuses a wrong first code and keeps 2FA off", async () => {
    const tenant = await createTenant();
    const started = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    const good = await nowCode(started.json.secret);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    const verified = await call("POST", "/v1/me/totp/verify", { token: tenant.token, body: { code: wrong } });
    expect(verified.status).toBe(422);
    expect(verified.json.code).toBe("invalid_totp");
  });

  it("then requires a code at sign-in (totp_required) and accepts the current one", async () => {
    const tenant = await createTenant();
    const { secret, backupCodes } = await enrol(tenant);
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);

    const missing = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password } });
    expect(missing.status).toBe(401);
    expect(missing.json.code).toBe("totp_required");

    // The enrolment code used the current step; the next step is new and accepted once.
    const next = await nowCode(secret, 30);
    const ok = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: next } });
    expect(ok.status).toBe(201);
    const reused = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: next } });
    expect(reused.status).toBe(401);
    expect(reused.json.code).toBe("invalid_totp");
  });

  it("refuses the code already used to enrol (a code works once)", async () => {
    const tenant = await createTenant();
    const started = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    const code = await nowCode(started.json.secret);
    await call("POST", "/v1/me/totp/verify", { token: tenant.token, body: { code } });
    const reuse = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: code } });
    expect(reuse.status).toBe(401);
  });

  it("accepts each backup code once", async () => {
    const tenant = await createTenant();
    const { backupCodes } = await enrol(tenant);
    const code = backupCodes[0]!;
    const first = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: code.toUpperCase() } });
    expect(first.status).toBe(201);
    const second = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: code } });
    expect(second.status).toBe(401);
    const other = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: backupCodes[1] } });
    expect(other.status).toBe(201);
  });

  it("refuses to enrol twice", async () => {
    const tenant = await createTenant();
    await enrol(tenant);
    const again = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("totp_already_enabled");
  });

  it("is for signed-in people, not partner keys", async () => {
    const tenant = await createTenant();
    const key = await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: "k", scopes: ["reservations:read"] } });
    const response = await call("POST", "/v1/me/totp", { token: key.json.key, body: { password: tenant.password } });
    expect(response.status).toBe(403);
  });
});
