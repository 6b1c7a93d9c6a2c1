import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { base32ToBytes } from "../../../shared/crypto/encoding";
import { totp } from "../../../shared/crypto/totp";
import { call } from "../support/api";
import { addMember, createTenant } from "../support/tenant";

const nowCode = (secret: string, offsetSeconds = 0) => totp(base32ToBytes(secret), Math.floor(Date.now() / 1000) + offsetSeconds);
const MEMBER_PASSWORD = "another long password"; // what addMember signs members up with

/** Turns 2FA on for whoever holds `token`, confirming with `password`. */
async function enrol(token: string, password: string) {
  const started = await call("POST", "/v1/me/totp", { token, body: { password } });
  expect(started.status).toBe(201);
  const verified = await call("POST", "/v1/me/totp/verify", { token, body: { code: await nowCode(started.json.secret) } });
  expect(verified.status).toBe(200);
  return { secret: started.json.secret as string, backupCodes: verified.json.backupCodes as string[] };
}

const twoFactorOf = async (userId: string) =>
  env.DB.prepare("SELECT totp_enabled_at, totp_secret_sealed, (SELECT count(*) FROM backup_codes WHERE user_id = ?1) AS codes FROM users WHERE id = ?1")
    .bind(userId)
    .first<{ totp_enabled_at: number | null; totp_secret_sealed: string | null; codes: number }>();

describe("starting TOTP enrolment", () => {
  it("asks for the password again and answers 403 invalid_password, not 401, when it is wrong", async () => {
    const tenant = await createTenant();
    const missing = await call("POST", "/v1/me/totp", { token: tenant.token });
    expect(missing.status).toBe(400);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");

    const wrong = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: "not my password" } });
    expect(wrong.status).toBe(403);
    expect(wrong.json.code).toBe("invalid_password");
    expect((await twoFactorOf(tenant.ownerId))?.totp_secret_sealed).toBeNull();

    const right = await call("POST", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    expect(right.status).toBe(201);
    expect(right.json.otpauthUri).toContain(`secret=${right.json.secret}`);
  });

  it("spends the sign-in budget, so a stolen session cannot guess passwords here", async () => {
    const tenant = await createTenant();
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call("POST", "/v1/me/totp", { token: tenant.token, body: { password: `guess ${i}` }, headers: { "cf-connecting-ip": address } })),
    );
    expect(guesses.filter((g) => g.status === 403)).toHaveLength(5);
    expect(guesses.filter((g) => g.status === 429)).toHaveLength(7);
    const signIn = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password } });
    expect(signIn.status).toBe(429);
  });
});

describe("DELETE /v1/me/totp", () => {
  it("turns 2FA off with the password, and then sign-in needs no code", async () => {
    const tenant = await createTenant();
    await enrol(tenant.token, tenant.password);

    const wrong = await call("DELETE", "/v1/me/totp", { token: tenant.token, body: { password: "not my password" } });
    expect(wrong.status).toBe(403);
    expect(wrong.json.code).toBe("invalid_password");
    expect((await twoFactorOf(tenant.ownerId))?.totp_enabled_at).not.toBeNull();

    const off = await call("DELETE", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    expect(off.status).toBe(204);
    expect(await twoFactorOf(tenant.ownerId)).toMatchObject({ totp_enabled_at: null, totp_secret_sealed: null, codes: 0 });
    const signIn = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password } });
    expect(signIn.status).toBe(201);

    const again = await call("DELETE", "/v1/me/totp", { token: tenant.token, body: { password: tenant.password } });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("totp_not_enabled");
  });
});

describe("POST /v1/me/totp/backup-codes", () => {
  it("replaces every backup code: the old ones stop working, the new ones work once", async () => {
    const tenant = await createTenant();
    const { backupCodes: old } = await enrol(tenant.token, tenant.password);

    const wrong = await call("POST", "/v1/me/totp/backup-codes", { token: tenant.token, body: { password: "not my password" } });
    expect(wrong.status).toBe(403);

    const renewed = await call("POST", "/v1/me/totp/backup-codes", { token: tenant.token, body: { password: tenant.password } });
    expect(renewed.status).toBe(200);
    const fresh = renewed.json.backupCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh.some((code) => old.includes(code))).toBe(false);

    const withOld = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: old[0] } });
    expect(withOld.status).toBe(401);
    expect(withOld.json.code).toBe("invalid_totp");
    const withNew = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password, totp: fresh[0] } });
    expect(withNew.status).toBe(201);
  });

  it("answers 409 totp_not_enabled while 2FA is off", async () => {
    const tenant = await createTenant();
    const response = await call("POST", "/v1/me/totp/backup-codes", { token: tenant.token, body: { password: tenant.password } });
    expect(response.status).toBe(409);
    expect(response.json.code).toBe("totp_not_enabled");
  });
});

describe("POST /v1/users/:id/totp/reset", () => {
  it("lets the owner turn a member's 2FA off, recording who did it", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    await enrol(staff.token, MEMBER_PASSWORD);

    const reset = await call("POST", `/v1/users/${staff.userId}/totp/reset`, { token: tenant.token, body: { password: tenant.password } });
    expect(reset.status).toBe(200);
    expect(reset.json).toMatchObject({ id: staff.userId, twoFactor: false, resetBy: tenant.ownerId });
    expect(await twoFactorOf(staff.userId)).toMatchObject({ totp_enabled_at: null, totp_secret_sealed: null, codes: 0 });
    const audit = await env.DB.prepare("SELECT tenant_id, reset_by, reset_at FROM totp_resets WHERE user_id = ?").bind(staff.userId).all<{ tenant_id: string; reset_by: string; reset_at: number }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]).toMatchObject({ tenant_id: tenant.tenantId, reset_by: tenant.ownerId });

    const signIn = await call("POST", "/v1/sessions", { body: { email: staff.email, password: MEMBER_PASSWORD } });
    expect(signIn.status).toBe(201);
    const team = await call("GET", "/v1/users", { token: tenant.token });
    expect(team.json.data.find((u: { id: string }) => u.id === staff.userId).twoFactor).toBe(false);
  });

  it("is for the owner only, with the owner's password, and changes nothing otherwise", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    const admin = await addMember(tenant, "admin");
    await enrol(staff.token, MEMBER_PASSWORD);
    const path = `/v1/users/${staff.userId}/totp/reset`;

    expect((await call("POST", path, { token: admin.token, body: { password: MEMBER_PASSWORD } })).status).toBe(403);
    expect((await call("POST", path, { token: staff.token, body: { password: MEMBER_PASSWORD } })).status).toBe(403);
    const wrong = await call("POST", path, { token: tenant.token, body: { password: "not my password" } });
    expect(wrong.status).toBe(403);
    expect(wrong.json.code).toBe("invalid_password");
    expect((await twoFactorOf(staff.userId))?.totp_enabled_at).not.toBeNull();
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM totp_resets WHERE user_id = ?").bind(staff.userId).first<{ n: number }>();
    expect(audit?.n).toBe(0);
  });

  it("answers 404 for another tenant's member and 409 for an owner or a member without 2FA", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const staff = await addMember(tenant, "staff");
    await enrol(staff.token, MEMBER_PASSWORD);

    const foreign = await call("POST", `/v1/users/${staff.userId}/totp/reset`, { token: other.token, body: { password: other.password } });
    expect(foreign.status).toBe(404);

    await enrol(tenant.token, tenant.password);
    const owner = await call("POST", `/v1/users/${tenant.ownerId}/totp/reset`, { token: tenant.token, body: { password: tenant.password } });
    expect(owner.status).toBe(409);
    expect(owner.json.code).toBe("owner_totp_not_resettable");

    const admin = await addMember(tenant, "admin");
    const without = await call("POST", `/v1/users/${admin.userId}/totp/reset`, { token: tenant.token, body: { password: tenant.password } });
    expect(without.status).toBe(409);
    expect(without.json.code).toBe("totp_not_enabled");
  });
});
