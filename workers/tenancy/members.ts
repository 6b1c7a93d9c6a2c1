import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { users } from "../platform/db/schema";
import { firstRowBehindTenantLock } from "../platform/db/tenant-lock";
import { AppError, notFound } from "../platform/errors";
import { changingMember, type RosterEnv } from "../../durable-objects/members/roster";
import { findTenantUser } from "./accounts";
import type { Role } from "./principal";

/**
 * Some owner other than this member remains. Written into the same statement as the change, so two
 * owners demoting or removing each other at the same moment cannot leave the tenant with none:
 * D1 runs statements one at a time, and the second one sees the first; on Postgres the change runs
 * behind the tenant row's lock (firstRowBehindTenantLock) so that it does too.
 */
const anotherOwnerRemains = (tenantId: string) =>
  sql`(SELECT count(*) FROM users o WHERE o.tenant_id = ${tenantId} AND o.role = 'owner' AND o.removed_at IS NULL) > 1`;

const lastOwner = () => new AppError(409, "last_owner", "A team always keeps at least one owner; make someone else owner first");

/** Changes a member's role; it applies on their next request (the roster reads them afresh). */
export async function changeMemberRole(db: Database, env: RosterEnv, tenantId: string, memberId: string, role: Role) {
  const changed = await changingMember(env, tenantId, memberId, () =>
    firstRowBehindTenantLock(
      db,
      tenantId,
      db
        .update(users)
        .set({ role })
        .where(and(eq(users.tenantId, tenantId), eq(users.id, memberId), isNull(users.removedAt), or(ne(users.role, "owner"), sql`${role} = 'owner'`, anotherOwnerRemains(tenantId))))
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role }),
    ),
  );
  if (changed) return changed;
  if (!(await findTenantUser(db, tenantId, memberId))) throw notFound("User");
  throw lastOwner();
}

/**
 * Removes a member: from this statement on, their sessions answer 401 and their live tickets open
 * nothing. The row stays (payments and 2FA resets name who did them) and the email is free again.
 */
export async function removeMember(db: Database, env: RosterEnv, tenantId: string, memberId: string, now = Date.now()) {
  const removed = await changingMember(env, tenantId, memberId, () =>
    firstRowBehindTenantLock(
      db,
      tenantId,
      db
        .update(users)
        .set({ removedAt: now })
        .where(and(eq(users.tenantId, tenantId), eq(users.id, memberId), isNull(users.removedAt), or(ne(users.role, "owner"), anotherOwnerRemains(tenantId))))
        .returning({ id: users.id }),
    ),
  );
  if (removed) return removed;
  if (!(await findTenantUser(db, tenantId, memberId))) throw notFound("User");
  throw lastOwner();
}
