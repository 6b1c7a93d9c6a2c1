import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from "react";
import { LOCALES, useLocale, useMessages, type Locale } from "./i18n/i18n";
import { LiveProvider, useLiveStatus } from "./live/live";
import { navMessages } from "./nav-messages";
import { Link, useRouter } from "./router";
import { useCan, useSession } from "./session";

type NavKey = keyof (typeof navMessages)["es-AR"];

// Each screen is its own chunk, so the first screen loads only what it shows.
const screens: { path: string; label: NavKey; component: LazyExoticComponent<ComponentType>; scope?: string }[] = [
  { path: "/", label: "today", component: lazy(() => import("./screens/today/today-screen")) },
  { path: "/calendar", label: "calendar", component: lazy(() => import("./screens/calendar/calendar-screen")) },
  { path: "/reservations", label: "reservations", component: lazy(() => import("./screens/reservations/reservations-screen")) },
  { path: "/guests", label: "guests", component: lazy(() => import("./screens/guests/guests-screen")) },
  { path: "/conversations", label: "conversations", component: lazy(() => import("./screens/conversations/conversations-screen")) },
  { path: "/messages", label: "automaticMessages", component: lazy(() => import("./screens/automatic-messages/automatic-messages-screen")) },
  { path: "/units", label: "units", component: lazy(() => import("./screens/units/units-screen")) },
  { path: "/reports", label: "reports", component: lazy(() => import("./screens/reports/reports-screen")), scope: "reports:read" },
  { path: "/groups", label: "groups", component: lazy(() => import("./screens/groups/groups-screen")), scope: "quotations:write" },
  { path: "/channels", label: "channels", component: lazy(() => import("./screens/channels/channels-screen")) },
  { path: "/operations", label: "operations", component: lazy(() => import("./screens/operations/operations-screen")), scope: "webhooks:manage" },
  { path: "/settings", label: "settings", component: lazy(() => import("./screens/settings/settings-screen")) },
  { path: "/account", label: "account", component: lazy(() => import("./screens/account/account-screen")) },
];

// On a phone only these stay in the bar; the rest open under "Más", so the bar never scrolls sideways.
const PHONE_TABS = new Set(["/", "/calendar", "/reservations", "/conversations"]);

const SignInScreen = lazy(() => import("./screens/sign-in/sign-in-screen"));
const QuotationLinkPage = lazy(() => import("./screens/quotation-links/link-page"));

export function App() {
  const { token } = useSession();
  const t = useMessages(navMessages);
  const { path } = useRouter();
  // A quotation's partner and client links open their own page, signed in or not.
  if (path.startsWith("/q/") || path.startsWith("/c/")) {
    return (
      <Suspense fallback={<p className="loading">{t("loading")}</p>}>
        <QuotationLinkPage />
      </Suspense>
    );
  }
  if (!token) {
    return (
      <Suspense fallback={<p className="loading">{t("loading")}</p>}>
        <SignInScreen />
      </Suspense>
    );
  }
  return (
    <LiveProvider enabled>
      <Shell />
    </LiveProvider>
  );
}

function Shell() {
  const { path } = useRouter();
  const { me, signOut } = useSession();
  const t = useMessages(navMessages);
  const live = useLiveStatus();
  const can = useCan();
  // Screens the person's role cannot read (staff and reports) are left out of the menu.
  const visible = screens.filter((candidate) => !candidate.scope || can(candidate.scope));
  const screen = screens.find((candidate) => candidate.path === path) ?? screens.find((candidate) => path.startsWith(`${candidate.path}/`) && candidate.path !== "/") ?? screens[0]!;
  const Screen = screen.component;
  const [moreOpen, setMoreOpen] = useState(false);
  useEffect(() => setMoreOpen(false), [path]);
  const inMore = !PHONE_TABS.has(screen.path);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <strong className="brand">{me?.tenant.name ?? "Posada"}</strong>
        <span className={live ? "live-dot live-dot--on" : "live-dot"} role="status" title={live ? t("live") : t("offline")}>
          <span className="visually-hidden">{live ? t("live") : t("offline")}</span>
        </span>
        <LocalePicker label={t("language")} />
        <button type="button" className="button button--quiet" onClick={signOut}>
          {t("signOut")}
        </button>
      </header>
      <nav className={moreOpen ? "nav nav--open" : "nav"} aria-label={t("menu")}>
        {visible.map((item) => (
          <Link key={item.path} href={item.path} className={PHONE_TABS.has(item.path) ? "nav__link" : "nav__link nav__link--more"}>
            {t(item.label)}
          </Link>
        ))}
        <button type="button" className={inMore ? "nav__more nav__more--current" : "nav__more"} aria-expanded={moreOpen} onClick={() => setMoreOpen((open) => !open)}>
          {inMore && !moreOpen ? t(screen.label) : t("more")} <span aria-hidden="true">{moreOpen ? "▴" : "▾"}</span>
        </button>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t("loading")}</p>}>
          <Screen />
        </Suspense>
      </main>
    </div>
  );
}

function LocalePicker({ label }: { label: string }) {
  const { locale, setLocale } = useLocale();
  return (
    <label className="locale-picker">
      <span className="visually-hidden">{label}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option}>
            {option === "es-AR" ? "Español" : option === "en" ? "English" : "Português"}
          </option>
        ))}
      </select>
    </label>
  );
}
