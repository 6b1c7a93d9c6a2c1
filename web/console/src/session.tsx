import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, setApiSession, unwrap, type Schemas } from "./api/client";

const STORAGE_KEY = "posada.session";

export type Me = Schemas["Me"];

interface SessionValue {
  token: string | null;
  me: Me | undefined;
  /** Resolves when signed in; throws ApiProblem (`totp_required`, `invalid_credentials`, `invalid_totp`...). */
  signIn: (input: { email: string; password: string; totp?: string }) => Promise<void>;
  signOut: () => void;
  /** Reads /v1/me again (after enabling 2FA, for instance). */
  refreshMe: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// The token lives in sessionStorage: it survives a reload but not the closing of the tab.
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const [me, setMe] = useState<Me>();

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setApiSession(null);
    setMe(undefined);
    setToken(null);
  }, []);

  setApiSession(token, signOut);

  const refreshMe = useCallback(async () => {
    setMe(await unwrap(api.GET("/v1/me")));
  }, []);

  useEffect(() => {
    if (token) refreshMe().catch(() => signOut());
  }, [token, refreshMe, signOut]);

  const signIn = useCallback(async (input: { email: string; password: string; totp?: string }) => {
    const session = await unwrap(api.POST("/v1/sessions", { body: input }));
    sessionStorage.setItem(STORAGE_KEY, session.token);
    setApiSession(session.token, signOut);
    setToken(session.token);
  }, [signOut]);

  const value = useMemo(() => ({ token, me, signIn, signOut, refreshMe }), [token, me, signIn, signOut, refreshMe]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * What the signed-in person may do, from the scopes the API grants their role: screens hide the
 * actions that would only end in a refusal (staff do not manage units, blocks, channels or settings).
 */
export function useCan(): (scope: string) => boolean {
  const { me } = useSession();
  return (scope) => me?.scopes.includes(scope) ?? false;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
