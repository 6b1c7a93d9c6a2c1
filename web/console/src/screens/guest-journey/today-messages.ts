import type { Messages } from "../../i18n/i18n";

type Key =
  | "checkIns"
  | "checkInsEmpty"
  | "registered"
  | "register"
  | "from"
  | "to"
  | "download"
  | "downloadFailed"
  | "journeyCard"
  | "last30"
  | "rating"
  | "ratingValue"
  | "nps"
  | "response"
  | "responseValue"
  | "checkInRate"
  | "conversion"
  | "revenue"
  | "target"
  | "noData"
  | "onTarget"
  | "offTarget"
  | "retry";

export const todayJourneyMessages: Messages<Key> = {
  "es-AR": {
    checkIns: "Check-in de las llegadas de hoy",
    checkInsEmpty: "Hoy no llega nadie.",
    registered: "{count} huésped(es) registrados",
    register: "Libro de pasajeros (CSV)",
    from: "Desde",
    to: "Hasta",
    download: "Descargar",
    downloadFailed: "No se pudo descargar. Probá de nuevo.",
    journeyCard: "Jornada del huésped",
    last30: "Últimos 30 días",
    rating: "Puntuación",
    ratingValue: "{value} / 5",
    nps: "NPS",
    response: "Primera respuesta",
    responseValue: "{value} min (p95 {p95} min)",
    checkInRate: "Check-in online antes de llegar",
    conversion: "Conversión de extras",
    revenue: "Ingresos por extras",
    target: "meta {value}",
    noData: "sin datos",
    onTarget: "en meta",
    offTarget: "fuera de meta",
    retry: "Reintentar",
  },
  en: {
    checkIns: "Check-in of today's arrivals",
    checkInsEmpty: "Nobody arrives today.",
    registered: "{count} guest(s) registered",
    register: "Guest register (CSV)",
    from: "From",
    to: "To",
    download: "Download",
    downloadFailed: "The download failed. Try again.",
    journeyCard: "Guest journey",
    last30: "Last 30 days",
    rating: "Rating",
    ratingValue: "{value} / 5",
    nps: "NPS",
    response: "First response",
    responseValue: "{value} min (p95 {p95} min)",
    checkInRate: "Online check-in before arrival",
    conversion: "Extras conversion",
    revenue: "Extras revenue",
    target: "target {value}",
    noData: "no data",
    onTarget: "on target",
    offTarget: "off target",
    retry: "Retry",
  },
  "pt-BR": {
    checkIns: "Check-in das chegadas de hoje",
    checkInsEmpty: "Ninguém chega hoje.",
    registered: "{count} hóspede(s) registrados",
    register: "Livro de hóspedes (CSV)",
    from: "De",
    to: "Até",
    download: "Baixar",
    downloadFailed: "Não foi possível baixar. Tente de novo.",
    journeyCard: "Jornada do hóspede",
    last30: "Últimos 30 dias",
    rating: "Nota",
    ratingValue: "{value} / 5",
    nps: "NPS",
    response: "Primeira resposta",
    responseValue: "{value} min (p95 {p95} min)",
    checkInRate: "Check-in online antes da chegada",
    conversion: "Conversão de extras",
    revenue: "Receita de extras",
    target: "meta {value}",
    noData: "sem dados",
    onTarget: "na meta",
    offTarget: "fora da meta",
    retry: "Tentar de novo",
  },
};
