import { env, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHANGE_TIMEOUT_MS, type TenantMembers } from "../../../durable-objects/members/tenant-members";
import { call } from "../support/api";
import { installFakeServices } from "../support/fake-services";
import { addMember, createTenant } from "../support/tenant";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const rosterOf = (tenantId: string) => env.MEMBERS.get(env.MEMBERS.idFromName(tenantId));
const roleBehindTheRoster = (userId: string, role: string) => env.DB.prepare("UPDATE users SET role = ? WHERE id = ?").bind(role, userId).run();
const canListTeam = async (token: string) => (await call("GET", "/v1/users", { token })).status === 200;

describe("the tenant's roster answers every session from memory", () => {
  it("keeps a member after the first request, so later requests read nothing from D1", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    expect(await canListTeam(admin.token)).toBe(true);
    // A change written behind the roster's back is not seen: the answer came from its copy.
    await roleBehindTheRoster(admin.userId, "staff");
    expect(await canListTeam(admin.token)).toBe(true);
    const kept = await runInDurableObject(rosterOf(owner.tenantId), async (instance) => (instance as TenantMembers).member({ tenantId: owner.tenantId, userId: admin.userId }));
    expect(kept).toEqual({ id: admin.userId, tenantId: owner.tenantId, role: "admin" });
  });

  it("reads a member through from D1 between `changing` and `changed`, and afresh after", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    expect(await canListTeam(admin.token)).toBe(true);
    const roster = rosterOf(owner.tenantId);
    await roster.changing({ tenantId: owner.tenantId, userId: admin.userId });
    await roleBehindTheRoster(admin.userId, "staff");
    // The statement is committed and the change not yet announced as done: it applies already.
    expect(await canListTeam(admin.token)).toBe(false);
    await roster.changed({ tenantId: owner.tenantId, userId: admin.userId });
    expect(await canListTeam(admin.token)).toBe(false);
    await roleBehindTheRoster(admin.userId, "admin");
    // Cached again after `changed`: a second change behind its back goes unseen.
    expect(await canListTeam(admin.token)).toBe(false);
  });

  it("does not keep a read that overlapped a change", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    const ref = { tenantId: owner.tenantId, userId: admin.userId };
    await runInDurableObject(rosterOf(owner.tenantId), async (object) => {
      const instance = object as TenantMembers;
      const inFlight = instance.member(ref);
      await instance.changing(ref);
      await roleBehindTheRoster(admin.userId, "staff");
      await instance.changed(ref);
      // Whatever the overlapping read saw, it was not kept: the next question reads the new role.
      await inFlight;
      expect((await instance.member(ref))?.role).toBe("staff");
    });
  });

  it("keeps reading through while a change is unfinished (its marker is stored, so a restart keeps it), until the marker expires", async () => {
    const owner = await createTenant();
    const admin = await addMember(owner, "admin");
    const ref = { tenantId: owner.tenantId, userId: admin.userId };
    const roster = rosterOf(owner.tenantId);
    await roster.changing(ref);
    const marker = await runInDurableObject(roster, async (_instance, state) => state.storage.get<number>(`changing:${admin.userId}`));
    expect(marker).toBeTypeOf("number");
    // A request that died mid-change: the marker stays and every question goes to D1.
    await roleBehindTheRoster(admin.userId, "staff");
    expect(await canListTeam(admin.token)).toBe(false);
    await roleBehindTheRoster(admin.userId, "admin");
    expect(await canListTeam(admin.token)).toBe(true);
    // Once the marker is older than the timeout the roster caches again and forgets the marker.
    await runInDurableObject(roster, async (_instance, state) => state.storage.put(`changing:${admin.userId}`, Date.now() - CHANGE_TIMEOUT_MS - 1));
    await runInDurableObject(roster, async (instance) => {
      (instance as unknown as { changesSince: Map<string, number> }).changesSince.set(admin.userId, Date.now() - CHANGE_TIMEOUT_MS - 1);
    });
    expect(await canListTeam(admin.token)).toBe(true);
    await roleBehindTheRoster(admin.userId, "staff");
    expect(await canListTeam(admin.token)).toBe(true);
    expect(await runInDurableObject(roster, async (_instance, state) => state.storage.get(`changing:${admin.userId}`))).toBeUndefined();
  });

  it("refuses another tenant's user and malformed questions", async () => {
    const owner = await createTenant();
    const stranger = await createTenant();
    expect(await rosterOf(owner.tenantId).member({ tenantId: owner.tenantId, userId: stranger.ownerId })).toBeNull();
    // A stranger's token names their own tenant, whose roster knows only them.
    expect((await call("GET", "/v1/users", { token: stranger.token })).json.data.map((u: { id: string }) => u.id)).toEqual([stranger.ownerId]);
    expect(await rosterOf(owner.tenantId).member({ tenantId: owner.tenantId, userId: "" })).toBeNull();
  });
});
