import type { Messages } from "../../i18n/i18n";

type Key =
  | "title"
  | "intro"
  | "range"
  | "thisMonth"
  | "lastMonth"
  | "last30"
  | "thisYear"
  | "custom"
  | "from"
  | "to"
  | "unit"
  | "allUnits"
  | "source"
  | "allSources"
  | "currency"
  | "occupancy"
  | "adr"
  | "revpar"
  | "roomRevenue"
  | "extrasRevenue"
  | "soldNights"
  | "soldNightsOf"
  | "blockedNote"
  | "averageStay"
  | "nights"
  | "leadTime"
  | "days"
  | "cancellations"
  | "lapsedHolds"
  | "ofReservations"
  | "deposits"
  | "balance"
  | "vsPrevious"
  | "noPrevious"
  | "chartTitle"
  | "chartSummary"
  | "chartLoading"
  | "byChannel"
  | "byPackage"
  | "packageNights"
  | "packageNightsOne"
  | "channelEmpty"
  | "reservationsShort"
  | "reservationsShortOne"
  | "funnel"
  | "funnelNote"
  | "leads24h"
  | "leads7d"
  | "offers"
  | "notRecorded"
  | "holds"
  | "confirmed"
  | "conversion"
  | "handOver"
  | "firstResponse"
  | "firstResponseText"
  | "firstResponseVoice"
  | "meanP95"
  | "noAnswers"
  | "downloads"
  | "downloadKpis"
  | "downloadReservations"
  | "excelNote"
  | "downloadFailed"
  | "icalAge"
  | "icalNone"
  | "retry"
  | "byUnit"
  | "invalidRange";

export const messages: Messages<Key> = {
  "es-AR": {
    title: "Reportes",
    intro: "Cómo viene la temporada: ocupación, tarifa promedio e ingresos por canal.",
    range: "Período",
    thisMonth: "Este mes",
    lastMonth: "Mes pasado",
    last30: "Últimos 30 días",
    thisYear: "Este año",
    custom: "Elegir fechas",
    from: "Desde",
    to: "Hasta",
    unit: "Unidad",
    allUnits: "Todas las unidades",
    source: "Canal",
    allSources: "Todos los canales",
    currency: "Moneda",
    occupancy: "Ocupación",
    adr: "Tarifa promedio (ADR)",
    revpar: "Ingreso por noche disponible (RevPAR)",
    roomRevenue: "Ingresos por alojamiento",
    extrasRevenue: "Ingresos por extras",
    soldNights: "Noches vendidas",
    soldNightsOf: "{sold} de {available} noches disponibles",
    blockedNote: "{count} noches bloqueadas por vos no cuentan como disponibles.",
    averageStay: "Estadía promedio",
    nights: "{count} noches",
    leadTime: "Anticipación promedio",
    days: "{count} días",
    cancellations: "Cancelaciones",
    lapsedHolds: "Reservas temporales vencidas",
    ofReservations: "{percent} de las reservas",
    deposits: "Cobrado",
    balance: "Saldo pendiente",
    vsPrevious: "{change} vs. período anterior",
    noPrevious: "Sin datos del período anterior",
    chartTitle: "Ocupación e ingresos por día",
    chartSummary: "Ocupación entre {min} y {max} por día; ingresos totales {total}.",
    chartLoading: "Cargando gráfico…",
    byChannel: "Ingresos por canal",
    byPackage: "Paquetes vendidos",
    packageNights: "{count} noches",
    packageNightsOne: "1 noche",
    channelEmpty: "Sin ventas en este período.",
    reservationsShort: "{count} llegadas",
    reservationsShortOne: "1 llegada",
    funnel: "Embudo de consultas",
    funnelNote: "Últimos 7 días, todas las unidades.",
    leads24h: "Consultas (24 h)",
    leads7d: "Consultas (7 días)",
    offers: "Ofertas",
    notRecorded: "Todavía no se registra",
    holds: "Reservas temporales",
    confirmed: "Confirmadas",
    conversion: "Conversión",
    handOver: "Derivadas a una persona",
    firstResponse: "Primera respuesta",
    firstResponseText: "Mensajes de texto",
    firstResponseVoice: "Audios",
    meanP95: "promedio {mean}, 95 % en menos de {p95}",
    noAnswers: "sin datos",
    downloads: "Descargas",
    downloadKpis: "Descargar indicadores (CSV)",
    downloadReservations: "Descargar reservas (CSV)",
    excelNote: "Separados por punto y coma, listos para Excel.",
    downloadFailed: "No se pudo descargar. Probá de nuevo.",
    icalAge: "Calendarios de otros canales sincronizados hace {age}.",
    icalNone: "Sin calendarios de otros canales conectados.",
    retry: "Reintentar",
    byUnit: "Por unidad",
    invalidRange: "La fecha «desde» tiene que ser anterior a «hasta».",
  },
  en: {
    title: "Reports",
    intro: "How the season is going: occupancy, average rate and revenue by channel.",
    range: "Period",
    thisMonth: "This month",
    lastMonth: "Last month",
    last30: "Last 30 days",
    thisYear: "This year",
    custom: "Pick dates",
    from: "From",
    to: "To",
    unit: "Unit",
    allUnits: "All units",
    source: "Channel",
    allSources: "All channels",
    currency: "Currency",
    occupancy: "Occupancy",
    adr: "Average daily rate (ADR)",
    revpar: "Revenue per available night (RevPAR)",
    roomRevenue: "Room revenue",
    extrasRevenue: "Extras revenue",
    soldNights: "Nights sold",
    soldNightsOf: "{sold} of {available} available nights",
    blockedNote: "{count} nights you blocked do not count as available.",
    averageStay: "Average stay",
    nights: "{count} nights",
    leadTime: "Average lead time",
    days: "{count} days",
    cancellations: "Cancellations",
    lapsedHolds: "Holds that lapsed",
    ofReservations: "{percent} of reservations",
    deposits: "Collected",
    balance: "Balance due",
    vsPrevious: "{change} vs. previous period",
    noPrevious: "No data for the previous period",
    chartTitle: "Occupancy and revenue by day",
    chartSummary: "Occupancy between {min} and {max} a day; total revenue {total}.",
    chartLoading: "Loading chart…",
    byChannel: "Revenue by channel",
    byPackage: "Packages sold",
    packageNights: "{count} nights",
    packageNightsOne: "1 night",
    channelEmpty: "No sales in this period.",
    reservationsShort: "{count} arrivals",
    reservationsShortOne: "1 arrival",
    funnel: "Inquiry funnel",
    funnelNote: "Last 7 days, all units.",
    leads24h: "Inquiries (24 h)",
    leads7d: "Inquiries (7 days)",
    offers: "Offers",
    notRecorded: "Not recorded yet",
    holds: "Holds",
    confirmed: "Confirmed",
    conversion: "Conversion",
    handOver: "Handed to a person",
    firstResponse: "First response",
    firstResponseText: "Text messages",
    firstResponseVoice: "Voice notes",
    meanP95: "mean {mean}, 95% within {p95}",
    noAnswers: "no data",
    downloads: "Downloads",
    downloadKpis: "Download KPIs (CSV)",
    downloadReservations: "Download reservations (CSV)",
    excelNote: "Comma-separated, with decimal points.",
    downloadFailed: "The download failed. Try again.",
    icalAge: "Other channels' calendars synced {age} ago.",
    icalNone: "No other channel calendars connected.",
    retry: "Retry",
    byUnit: "By unit",
    invalidRange: "“From” must be before “to”.",
  },
  "pt-BR": {
    title: "Relatórios",
    intro: "Como vai a temporada: ocupação, diária média e receita por canal.",
    range: "Período",
    thisMonth: "Este mês",
    lastMonth: "Mês passado",
    last30: "Últimos 30 dias",
    thisYear: "Este ano",
    custom: "Escolher datas",
    from: "De",
    to: "Até",
    unit: "Unidade",
    allUnits: "Todas as unidades",
    source: "Canal",
    allSources: "Todos os canais",
    currency: "Moeda",
    occupancy: "Ocupação",
    adr: "Diária média (ADR)",
    revpar: "Receita por noite disponível (RevPAR)",
    roomRevenue: "Receita de hospedagem",
    extrasRevenue: "Receita de extras",
    soldNights: "Noites vendidas",
    soldNightsOf: "{sold} de {available} noites disponíveis",
    blockedNote: "{count} noites bloqueadas por você não contam como disponíveis.",
    averageStay: "Estadia média",
    nights: "{count} noites",
    leadTime: "Antecedência média",
    days: "{count} dias",
    cancellations: "Cancelamentos",
    lapsedHolds: "Pré-reservas vencidas",
    ofReservations: "{percent} das reservas",
    deposits: "Recebido",
    balance: "Saldo a receber",
    vsPrevious: "{change} vs. período anterior",
    noPrevious: "Sem dados do período anterior",
    chartTitle: "Ocupação e receita por dia",
    chartSummary: "Ocupação entre {min} e {max} por dia; receita total {total}.",
    chartLoading: "Carregando gráfico…",
    byChannel: "Receita por canal",
    byPackage: "Pacotes vendidos",
    packageNights: "{count} noites",
    packageNightsOne: "1 noite",
    channelEmpty: "Sem vendas neste período.",
    reservationsShort: "{count} chegadas",
    reservationsShortOne: "1 chegada",
    funnel: "Funil de consultas",
    funnelNote: "Últimos 7 dias, todas as unidades.",
    leads24h: "Consultas (24 h)",
    leads7d: "Consultas (7 dias)",
    offers: "Ofertas",
    notRecorded: "Ainda não registrado",
    holds: "Pré-reservas",
    confirmed: "Confirmadas",
    conversion: "Conversão",
    handOver: "Passadas a uma pessoa",
    firstResponse: "Primeira resposta",
    firstResponseText: "Mensagens de texto",
    firstResponseVoice: "Áudios",
    meanP95: "média {mean}, 95% em até {p95}",
    noAnswers: "sem dados",
    downloads: "Downloads",
    downloadKpis: "Baixar indicadores (CSV)",
    downloadReservations: "Baixar reservas (CSV)",
    excelNote: "Separados por ponto e vírgula, prontos para o Excel.",
    downloadFailed: "Não foi possível baixar. Tente de novo.",
    icalAge: "Calendários de outros canais sincronizados há {age}.",
    icalNone: "Nenhum calendário de outro canal conectado.",
    retry: "Tentar de novo",
    byUnit: "Por unidade",
    invalidRange: "A data “de” precisa ser anterior a “até”.",
  },
};
