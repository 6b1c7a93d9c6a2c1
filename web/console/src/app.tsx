import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { LOCALES, useLocale, useMessages, type Locale } from "./i18n/i18n";
import { LiveProvider, useLiveStatus } from "./live/live";
import { navMessages } from "./nav-messages";
import { Link, useRouter } from "./router";
import { useSession } from "./session";

type NavKey = keyof (typeof navMessages)["es-AR"];

// Each screen is its own chunk, so the first screen loads only what it shows.
const screens: { path: string; label: NavKey; component: LazyExoticComponent<ComponentType> }[] = [
  { path: "/", label: "today", component: lazy(() => import("./screens/today/today-screen")) },
  { path: "/calendar", label: "calendar", component: lazy(() => import("./screens/calendar/calendar-screen")) },
  { path: "/reservations", label: "reservations", component: lazy(() => import("./screens/reservations/reservations-screen")) },
  { path: "/guests", label: "guests", component: lazy(() => import("./screens/guests/guests-screen")) },
  { path: "/conversations", label: "conversations", component: lazy(() => import("./screens/conversations/conversations-screen")) },
  { path: "/messages", label: "automaticMessages", component: lazy(() => import("./screens/automatic-messages/automatic-messages-screen")) },
  { path: "/units", label: "units", component: lazy(() => import("./screens/units/units-screen")) },
  { path: "/channels", label: "channels", component: lazy(() => import("./screens/channels/channels-screen")) },
  { path: "/settings", label: "settings", component: lazy(() => import("./screens/settings/settings-screen")) },
  { path: "/account", label: "account", component: lazy(() => import("./screens/account/account-screen")) },
];

const SignInScreen = lazy(() => import("./screens/sign-in/sign-in-screen"));

export function App() {
  const { token } = useSession();
  const t = useMessages(navMessages);
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
  const screen = screens.find((candidate) => candidate.path === path) ?? screens.find((candidate) => path.startsWith(`${candidate.path}/`) && candidate.path !== "/") ?? screens[0]!;
  const Screen = screen.component;
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
      <nav className="nav" aria-label={t("menu")}>
        {screens.map((item) => (
          <Link key={item.path} href={item.path} className="nav__link">
            {t(item.label)}
          </Link>
        ))}
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
