import type { Messages } from "../i18n/i18n";

/** Names of channels, providers and feed misses, shared by the screens that mention them. */
export type ChannelNameKey =
  | "source_airbnb" | "source_booking" | "source_vrbo" | "source_other"
  | "provider_mercadopago" | "provider_stripe" | "provider_whatsapp"
  | "feedError_network" | "feedError_timeout" | "feedError_http_error" | "feedError_url_not_allowed" | "feedError_too_large" | "feedError_feed_too_large"
  | "feedError_not_icalendar" | "feedError_empty_feed" | "feedError_no_url" | "feedError_internal" | "feedError_other";

export const channelNames: Messages<ChannelNameKey> = {
  "es-AR": {
    source_airbnb: "Airbnb", source_booking: "Booking.com", source_vrbo: "Vrbo", source_other: "Otro canal",
    provider_mercadopago: "Mercado Pago", provider_stripe: "Stripe", provider_whatsapp: "WhatsApp",
    feedError_network: "no se pudo conectar con el canal", feedError_timeout: "el canal tardó demasiado en responder",
    feedError_http_error: "el canal respondió con un error", feedError_url_not_allowed: "ese enlace no está permitido (tiene que empezar con https://)",
    feedError_too_large: "el archivo del canal es demasiado grande", feedError_feed_too_large: "el calendario tiene demasiados eventos; no se importó nada y se mantienen los bloqueos anteriores",
    feedError_not_icalendar: "lo que llegó no es un calendario .ics (¿una página de inicio de sesión?)", feedError_empty_feed: "el calendario llegó vacío; se mantienen los bloqueos anteriores",
    feedError_no_url: "este calendario no tiene enlace; subí su archivo", feedError_internal: "Posada no pudo terminar la importación; se reintenta en la próxima sincronización",
    feedError_other: "no se pudo leer el calendario",
  },
  en: {
    source_airbnb: "Airbnb", source_booking: "Booking.com", source_vrbo: "Vrbo", source_other: "Other channel",
    provider_mercadopago: "Mercado Pago", provider_stripe: "Stripe", provider_whatsapp: "WhatsApp",
    feedError_network: "could not connect to the channel", feedError_timeout: "the channel took too long to answer",
    feedError_http_error: "the channel answered with an error", feedError_url_not_allowed: "that link is not allowed (it must start with https://)",
    feedError_too_large: "the channel's file is too large", feedError_feed_too_large: "the calendar has too many events; nothing was imported and the previous blocks are kept",
    feedError_not_icalendar: "what came back is not an .ics calendar (a sign-in page?)", feedError_empty_feed: "the calendar came back empty; the previous blocks are kept",
    feedError_no_url: "this calendar has no link; upload its file", feedError_internal: "Posada could not finish the import; it is tried again at the next sync",
    feedError_other: "the calendar could not be read",
  },
  "pt-BR": {
    source_airbnb: "Airbnb", source_booking: "Booking.com", source_vrbo: "Vrbo", source_other: "Outro canal",
    provider_mercadopago: "Mercado Pago", provider_stripe: "Stripe", provider_whatsapp: "WhatsApp",
    feedError_network: "não foi possível conectar ao canal", feedError_timeout: "o canal demorou demais para responder",
    feedError_http_error: "o canal respondeu com um erro", feedError_url_not_allowed: "esse link não é permitido (precisa começar com https://)",
    feedError_too_large: "o arquivo do canal é grande demais", feedError_feed_too_large: "o calendário tem eventos demais; nada foi importado e os bloqueios anteriores foram mantidos",
    feedError_not_icalendar: "o que chegou não é um calendário .ics (uma página de login?)", feedError_empty_feed: "o calendário chegou vazio; os bloqueios anteriores foram mantidos",
    feedError_no_url: "este calendário não tem link; envie o arquivo", feedError_internal: "A Posada não conseguiu terminar a importação; tenta de novo na próxima sincronização",
    feedError_other: "não foi possível ler o calendário",
  },
};

const FEED_ERRORS = new Set(["network", "timeout", "http_error", "url_not_allowed", "too_large", "feed_too_large", "not_icalendar", "empty_feed", "no_url", "internal"]);

export const feedErrorKey = (code: string | null | undefined): ChannelNameKey => (code && FEED_ERRORS.has(code) ? (`feedError_${code}` as ChannelNameKey) : "feedError_other");
export const sourceKey = (source: string): ChannelNameKey => (["airbnb", "booking", "vrbo"].includes(source) ? (`source_${source}` as ChannelNameKey) : "source_other");
export const providerKey = (provider: string): ChannelNameKey | null => (["mercadopago", "stripe", "whatsapp"].includes(provider) ? (`provider_${provider}` as ChannelNameKey) : null);
