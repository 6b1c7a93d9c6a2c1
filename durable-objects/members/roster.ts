import type { MemberRole, SessionMember, TenantMembers } from "./tenant-members";

/** The one binding the roster needs; the Worker's Env has it. */
export interface RosterEnv {
  MEMBERS: DurableObjectNamespace<TenantMembers>;
}

export type { MemberRole, SessionMember };

const rosterOf = (env: RosterEnv, tenantId: string) => env.MEMBERS.get(env.MEMBERS.idFromName(tenantId));

/** The session's user as a current member of the tenant, or null. */
export function currentMember(env: RosterEnv, tenantId: string, userId: string): Promise<SessionMember | null> {
  return rosterOf(env, tenantId).member({ tenantId, userId });
}

/**
 * Runs a change to a member's role or membership (one D1 statement) so that it applies to their very
 * next request: the roster reads them through from D1 while it runs and forgets its copy after. If
 * telling the roster it ended fails, the member is read through until the marker expires.
 */
export async function changingMember<T>(env: RosterEnv, tenantId: string, userId: string, change: () => Promise<T>): Promise<T> {
  const roster = rosterOf(env, tenantId);
  await roster.changing({ tenantId, userId });
  try {
    return await change();
  } finally {
    await roster.changed({ tenantId, userId }).catch(() => undefined);
  }
}
