import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { changeMemberRole, removeMember } from "../../../workers/tenancy/members";
import { call } from "../support/api";
import { installFakeServices } from "../support/fake-services";
import { openSocket, pathOf } from "../support/sockets";
import { addMember, createTenant, type TestTenant } from "../support/tenant";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const setRole = (owner: TestTenant, userId: string, role: string, token = owner.token) => call("PATCH", `/v1/team/${userId}`, { token, body: { role } });
const remove = (owner: TestTenant, userId: string, token = owner.token) => call("DELETE", `/v1/team/${userId}`, { token });

describe("the team, managed by its owner", () => {
  it("changes a member's role, which applies to their very next request", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    expect((await call("GET", "/v1/users", { token: admin.token })).status).toBe(200);

    const demoted = await setRole(owner, admin.userId, "staff");
    expect(demoted.status).toBe(200);
    expect(demoted.json).toMatchObject({ id: admin.userId, role: "staff" });
    // The same session, issued while they were admin, is staff now.
    expect((await call("GET", "/v1/users", { token: admin.token })).status).toBe(403);
    expect((await call("GET", "/v1/reservations", { token: admin.token })).status).toBe(200);
    const team = (await call("GET", "/v1/users", { token: owner.token })).json.data;
    expect(team.find((u: { id: string }) => u.id === admin.userId).role).toBe("staff");
  });

  it("removes a member: their session, their ticket and their open console stop at once, and the email is free again", async () => {
    const owner = await createTenant();
    const staff = await addMember(owner, "staff");
    const ticketBefore = (await call("POST", "/v1/live/tickets", { token: staff.token })).json;
    const spareTicket = (await call("POST", "/v1/live/tickets", { token: staff.token })).json;
    const { socket } = await openSocket(pathOf(ticketBefore.url));
    const ownerTicket = (await call("POST", "/v1/live/tickets", { token: owner.token })).json;
    const ownerConsole = (await openSocket(pathOf(ownerTicket.url))).socket!;

    const removed = await remove(owner, staff.userId);
    expect(removed.status).toBe(204);

    expect((await call("GET", "/v1/reservations", { token: staff.token })).status).toBe(401);
    expect((await call("POST", "/v1/live/tickets", { token: staff.token })).status).toBe(401);
    expect((await openSocket(pathOf(spareTicket.url))).status).toBe(401);
    expect((await socket!.closed).code).toBe(1008);
    expect((await call("POST", "/v1/sessions", { body: { email: staff.email, password: "another long password" } })).status).toBe(401);
    expect((await call("GET", "/v1/users", { token: owner.token })).json.data.map((u: { id: string }) => u.id)).not.toContain(staff.userId);
    // The owner's own console stays open.
    ownerConsole.send("ping");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ownerConsole.received).toContain("pong");
    ownerConsole.close();

    // Removing twice is the same as removing someone who is not there.
    expect((await remove(owner, staff.userId)).status).toBe(404);
    const again = await call("POST", "/v1/invitations", { token: owner.token, body: { email: staff.email, role: "staff" } });
    expect(again.status).toBe(201);
  });

  it("never leaves a team without an owner (409), not even when two owners demote each other at once", async () => {
    const owner = await createTenant();
    const selfDemotion = await setRole(owner, owner.ownerId, "admin");
    expect(selfDemotion.status).toBe(409);
    expect(selfDemotion.headers.get("content-type")).toContain("application/problem+json");
    expect(selfDemotion.json.code).toBe("last_owner");
    expect((await remove(owner, owner.ownerId)).json.code).toBe("last_owner");

    const second = await addMember(owner, "admin");
    expect((await setRole(owner, second.userId, "owner")).status).toBe(200);
    // Over HTTP the loser is either refused by the guard (409) or, demoted first, no longer an owner (403).
    const [a, b] = await Promise.all([setRole(owner, second.userId, "staff"), setRole(owner, owner.ownerId, "staff", second.token)]);
    expect(a.status === 200 ? [409, 403] : [200]).toContain(b.status);
    const owners = (await call("GET", "/v1/users", { token: a.status === 200 ? owner.token : second.token })).json.data.filter((u: { role: string }) => u.role === "owner");
    expect(owners).toHaveLength(1);

    // The guard itself, with both changes past every check at the same moment.
    // Whichever owner survived the race invites and promotes the third member.
    const survivor = owners[0].id as string;
    const survivorToken = survivor === owner.ownerId ? owner.token : second.token;
    const third = await addMember({ ...owner, token: survivorToken }, "admin");
    expect((await setRole(owner, third.userId, "owner", survivorToken)).status).toBe(200);
    const db = database(env.DB);
    const outcomes = await Promise.allSettled([changeMemberRole(db, env, owner.tenantId, survivor, "staff"), removeMember(db, env, owner.tenantId, third.userId)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: "last_owner" });
  });

  it("is for owners only, and refuses bad input with 400", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    const staff = await addMember(owner, "staff");
    expect((await setRole(owner, staff.userId, "admin", admin.token)).status).toBe(403);
    expect((await remove(owner, staff.userId, admin.token)).status).toBe(403);
    expect((await remove(owner, admin.userId, staff.token)).status).toBe(403);
    for (const body of [{ role: "superuser" }, {}, { role: "admin", email: "x@example.test" }]) {
      const response = await call("PATCH", `/v1/team/${staff.userId}`, { token: owner.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await setRole(owner, "usr_01NOPE", "admin")).status).toBe(404);
    // Another tenant's owner cannot reach this team's members.
    const stranger = await createTenant();
    expect((await remove(stranger, staff.userId)).status).toBe(404);
    expect((await setRole(stranger, staff.userId, "owner")).status).toBe(404);
  });
});
