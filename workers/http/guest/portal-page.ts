import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { readGuestToken } from "../../guest-access/guest-token";
import { guestLinkIsLive } from "../../guest-access/guest-links";
import { portalStay } from "../../guest-portal/portal-stay";

/** Escapes JSON for a <script> element: no "</script>" or comment opener can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const INVALID: Record<"es" | "pt" | "en", string> = {
  es: "Este enlace ya no es válido. Pedile uno nuevo al alojamiento.",
  pt: "Este link não é mais válido. Peça um novo à hospedagem.",
  en: "This link is no longer valid. Ask the lodging for a new one.",
};

function shell(lang: string, title: string, inner: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><title>${title}</title></head><body>${inner}</body></html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The portal page: the stay travels inside it (the first view needs no second round trip) and the
 * script (web/guest, built to /guest-portal.js) draws it. Rate limits and revocation apply as on
 * the JSON routes; a bad link gets a page in the visitor's language, not a JSON problem.
 */
export async function portalPage(c: Context<AppEnv>, token: string): Promise<{ body: string; status: 200 | 401 }> {
  const lang = /^pt/i.test(c.req.header("accept-language") ?? "") ? "pt" : /^en/i.test(c.req.header("accept-language") ?? "") ? "en" : "es";
  const invalid = { body: shell(lang, "Posada", `<main class="invalid"><p>${INVALID[lang]}</p></main>`), status: 401 as const };
  const claims = await readGuestToken(c.var.config.jwtSecret, token);
  if (!claims) return invalid;
  if (!(await c.env.GUEST_PORTAL_LIMITER.limit({ key: claims.linkId })).success) return invalid;
  if (!(await guestLinkIsLive(c.var.db, claims))) return invalid;
  const stay = await portalStay(c.var.db, c.env, claims);
  c.header("cache-control", "no-store");
  return {
    status: 200,
    body: shell(
      stay.lang,
      escapeHtml(`${stay.lodging.name} · ${stay.reservation.code}`),
      `<main id="portal"></main><script id="portal-data" type="application/json">${scriptJson({ token, stay })}</script><script src="/guest-portal.js" async></script>`,
    ),
  };
}
