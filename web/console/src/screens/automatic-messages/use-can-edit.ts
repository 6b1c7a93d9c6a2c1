import { useSession } from "../../session";

/** Owners and admins change steps and templates; staff read them (the API answers 403 otherwise). */
export function useCanEditMessages(): boolean {
  const { me } = useSession();
  return me?.user.role === "owner" || me?.user.role === "admin";
}
