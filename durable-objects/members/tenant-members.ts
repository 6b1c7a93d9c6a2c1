import { withDatabase, type DatabaseBindings } from "../../shared/database/choose-database";
import { DurableObject } from "cloudflare:workers";
import { z } from "zod";

export interface MembersEnv extends DatabaseBindings {
  DB: D1Database;
}

export type MemberRole = "owner" | "admin" | "staff";

/** What a session needs of its user on every request. */
export interface SessionMember {
  id: string;
  tenantId: string;
  role: MemberRole;
}

/**
 * How long a change announced with `changing` may stay unfinished before the roster caches again.
 * A change is one D1 statement between two calls to this object; a marker older than this belongs
 * to a request that died between them, and by now its statement either ran or never will.
 */
export const CHANGE_TIMEOUT_MS = 60_000;

const memberRef = z.object({ tenantId: z.string().min(1).max(64), userId: z.string().min(1).max(64) }).strict();
type MemberRef = z.input<typeof memberRef>;

const markerKey = (userId: string) => `changing:${userId}`;

/**
 * One roster per tenant: answers, for every authenticated request, whether a session's user is still
 * a member and with which role, from memory. D1 stays the source of truth; this object reads a member
 * from it once and keeps the row until a change to that member is announced. A change runs as
 * `changing` → the D1 statement → `changed`: between the two calls every question about that member
 * is read through from D1 (so it sees the statement the moment it commits), and `changed` drops the
 * copy. The marker is stored, so a restart in between keeps reading through; a request that dies in
 * between leaves a marker that expires after CHANGE_TIMEOUT_MS.
 */
export class TenantMembers extends DurableObject<MembersEnv> {
  private readonly known = new Map<string, SessionMember>();
  private readonly changesSince = new Map<string, number>();
  /** Bumped by every announced change: a D1 read that overlapped one is answered but not kept. */
  private generation = 0;

  constructor(ctx: DurableObjectState, env: MembersEnv) {
    super(ctx, withDatabase(env));
    ctx.blockConcurrencyWhile(async () => {
      const markers = await ctx.storage.list<number>({ prefix: "changing:" });
      for (const [key, since] of markers) this.changesSince.set(key.slice("changing:".length), since);
    });
  }

  /** The current member, or null when the user was removed, belongs to another tenant or never existed. */
  async member(raw: MemberRef): Promise<SessionMember | null> {
    const parsed = memberRef.safeParse(raw);
    if (!parsed.success) return null;
    const { tenantId, userId } = parsed.data;
    if (this.isChanging(userId)) return this.read(tenantId, userId);
    const kept = this.known.get(userId);
    if (kept) return kept.tenantId === tenantId ? kept : null;
    const generation = this.generation;
    const member = await this.read(tenantId, userId);
    // Unknown users are not remembered: tokens are only issued to members, and a miss costs one read.
    if (member && generation === this.generation && !this.isChanging(userId)) this.known.set(userId, member);
    return member;
  }

  /** Announces a change to a member: until `changed`, questions about them go to D1. */
  async changing(raw: MemberRef): Promise<void> {
    const { userId } = memberRef.parse(raw);
    const since = Date.now();
    this.forget(userId);
    this.changesSince.set(userId, since);
    await this.ctx.storage.put(markerKey(userId), since);
  }

  /** The change to the member is committed (or abandoned): the next question reads them afresh. */
  async changed(raw: MemberRef): Promise<void> {
    const { userId } = memberRef.parse(raw);
    this.forget(userId);
    this.changesSince.delete(userId);
    await this.ctx.storage.delete(markerKey(userId));
  }

  private forget(userId: string): void {
    this.generation += 1;
    this.known.delete(userId);
  }

  private isChanging(userId: string): boolean {
    const since = this.changesSince.get(userId);
    if (since === undefined) return false;
    if (Date.now() - since < CHANGE_TIMEOUT_MS) return true;
    this.changesSince.delete(userId);
    this.ctx.waitUntil(this.ctx.storage.delete(markerKey(userId)).then(() => undefined));
    return false;
  }

  private async read(tenantId: string, userId: string): Promise<SessionMember | null> {
    const row = await this.env.DB.prepare(`SELECT id, tenant_id AS tenantId, role FROM users WHERE tenant_id = ? AND id = ? AND removed_at IS NULL`)
      .bind(tenantId, userId)
      .first<SessionMember>();
    return row ?? null;
  }
}
