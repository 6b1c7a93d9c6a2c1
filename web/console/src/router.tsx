import { createContext, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode } from "react";

/** A tiny history router: the console has a handful of flat screens, so no library is needed. */
interface RouterValue {
  path: string;
  query: URLSearchParams;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterValue>({ path: "/", query: new URLSearchParams(), navigate: () => {} });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  useEffect(() => {
    const onPop = () => setLocation({ path: window.location.pathname, search: window.location.search });
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const value = useMemo<RouterValue>(
    () => ({
      path: location.path,
      query: new URLSearchParams(location.search),
      navigate(to, options) {
        if (options?.replace) window.history.replaceState(null, "", to);
        else window.history.pushState(null, "", to);
        const url = new URL(to, window.location.origin);
        setLocation({ path: url.pathname, search: url.search });
        window.scrollTo(0, 0);
      },
    }),
    [location],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export const useRouter = () => useContext(RouterContext);

/** An in-app link: a real <a href> (new tab, keyboard) that navigates without a reload on a plain click. */
export function Link({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate, path } = useRouter();
  return (
    <a
      href={href}
      aria-current={path === href ? "page" : undefined}
      {...rest}
      onClick={(event) => {
        rest.onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
