import { useSession } from "../../session";

/** Times are shown in the business's zone (the operator may be travelling; the check-ins are not). */
export function useTenantZone(): string {
  const { me } = useSession();
  return me?.tenant.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
