import { useEffect } from "react";
import { useLocale, useMessages, type Locale } from "../../i18n/i18n";
import { useRouter } from "../../router";
import { ClientPage } from "./client-page";
import { messages } from "./messages";
import { PartnerPage } from "./partner-page";
import { useLinkView } from "./use-link-view";

const LOCALE_OF: Record<string, Locale> = { es: "es-AR", pt: "pt-BR", en: "en" };

/** The pages a quotation's links open without an account: `/q/<token>` for a partner, `/c/<token>` for the group's leader. */
export default function LinkPage() {
  const { path } = useRouter();
  const kind = path.startsWith("/c/") ? "c" : "q";
  const token = decodeURIComponent(path.slice(3));
  const t = useMessages(messages);
  const { setLocale } = useLocale();
  const link = useLinkView(kind, token);
  const language = link.view?.request?.language;
  // The client reads the page in the language the operator set for the group.
  useEffect(() => {
    if (kind === "c" && language && LOCALE_OF[language]) setLocale(LOCALE_OF[language]!);
  }, [kind, language, setLocale]);
  if (link.missing) return <main className="link-page"><p>{t("notFound")}</p></main>;
  if (!link.view) return <main className="link-page"><p className="loading">{t("loading")}</p></main>;
  return <main className="link-page">{kind === "c" ? <ClientPage token={token} view={link.view} onChange={link.setView} /> : <PartnerPage token={token} view={link.view} onChange={link.setView} />}</main>;
}
