import { describe, expect, it } from "vitest";
import { issueSessionToken, SESSION_TTL_SECONDS, verifySessionToken } from "../../../workers/tenancy/session-tokens";

const SECRET = "a-session-secret-of-some-length-0001";
const claims = { userId: "usr_ana", tenantId: "ten_lago", role: "staff" as const };

describe("session tokens", () => {
  it("verifies a token it issued, again and again, with the same claims", async () => {
    const now = Date.now();
    const { token } = await issueSessionToken(SECRET, claims, now);
    const expected = { sub: "usr_ana", tid: "ten_lago", role: "staff" };
    expect(await verifySessionToken(SECRET, token, now)).toEqual(expected);
    expect(await verifySessionToken(SECRET, token, now + 1_000)).toEqual(expected);
  });

  it("refuses a token once it has expired, though it was verified while it was valid", async () => {
    const now = Date.now();
    const { token } = await issueSessionToken(SECRET, claims, now);
    expect(await verifySessionToken(SECRET, token, now)).not.toBeNull();
    expect(await verifySessionToken(SECRET, token, now + SESSION_TTL_SECONDS * 1000 + 1_000)).toBeNull();
  });

  it("refuses a verified token under another secret (a rotated one), and a token altered by one character", async () => {
    const now = Date.now();
    const { token } = await issueSessionToken(SECRET, claims, now);
    expect(await verifySessionToken(SECRET, token, now)).not.toBeNull();
    expect(await verifySessionToken("another-secret-after-rotation-00002", token, now)).toBeNull();
    const [header, payload, signature] = token.split(".");
    const otherRole = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "owner" })).toString("base64url");
    expect(await verifySessionToken(SECRET, `${header}.${otherRole}.${signature}`, now)).toBeNull();
    // A character inside the signature (the last one carries padding bits that may not count).
    const at = token.length - 10;
    expect(await verifySessionToken(SECRET, `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`, now)).toBeNull();
  });

  it("hands out claims no caller can change for the next request", async () => {
    const now = Date.now();
    const { token } = await issueSessionToken(SECRET, claims, now);
    const first = await verifySessionToken(SECRET, token, now);
    expect(() => Object.assign(first!, { role: "owner" })).toThrow();
    expect((await verifySessionToken(SECRET, token, now))!.role).toBe("staff");
  });
});
