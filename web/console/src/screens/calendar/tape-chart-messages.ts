import type { Messages } from "../../i18n/i18n";

export type TapeChartMessage =
  | "title" | "span" | "span14" | "span31" | "span92" | "earlier" | "later" | "today" | "unit" | "free" | "held" | "confirmed" | "blocked" | "imported"
  | "source_direct" | "source_whatsapp" | "source_webchat" | "source_partner" | "source_other" | "legend" | "pickEnd" | "takenBetween" | "cellLabel" | "barLabel" | "todayMark" | "noUnits";

export const tapeChartMessages: Messages<TapeChartMessage> = {
  "es-AR": {
    title: "Todas las unidades", span: "Cuántos días ver", span14: "2 semanas", span31: "1 mes", span92: "3 meses", earlier: "Días anteriores", later: "Días siguientes",
    today: "Hoy", unit: "Unidad", free: "libre", held: "pre-reserva (seña pendiente)", confirmed: "reservada", blocked: "bloqueada", imported: "ocupada en {channel}",
    source_direct: "Directa", source_whatsapp: "WhatsApp", source_webchat: "Chat web", source_partner: "Agencia", source_other: "Otro origen",
    legend: "Referencias", pickEnd: "Tocá la última noche en la misma unidad", takenBetween: "Hay noches ocupadas en medio; elegí otro rango.",
    cellLabel: "{unit}, {day}: libre", barLabel: "{who}: {status}, {from} → {to}", todayMark: "hoy", noUnits: "Creá una unidad primero.",
  },
  en: {
    title: "All units", span: "How many days to show", span14: "2 weeks", span31: "1 month", span92: "3 months", earlier: "Earlier days", later: "Later days",
    today: "Today", unit: "Unit", free: "free", held: "hold (deposit pending)", confirmed: "booked", blocked: "blocked", imported: "taken on {channel}",
    source_direct: "Direct", source_whatsapp: "WhatsApp", source_webchat: "Web chat", source_partner: "Agency", source_other: "Other source",
    legend: "Legend", pickEnd: "Tap the last night on the same unit", takenBetween: "Some nights in between are taken; pick another range.",
    cellLabel: "{unit}, {day}: free", barLabel: "{who}: {status}, {from} → {to}", todayMark: "today", noUnits: "Create a unit first.",
  },
  "pt-BR": {
    title: "Todas as unidades", span: "Quantos dias ver", span14: "2 semanas", span31: "1 mês", span92: "3 meses", earlier: "Dias anteriores", later: "Dias seguintes",
    today: "Hoje", unit: "Unidade", free: "livre", held: "pré-reserva (sinal pendente)", confirmed: "reservada", blocked: "bloqueada", imported: "ocupada no {channel}",
    source_direct: "Direta", source_whatsapp: "WhatsApp", source_webchat: "Chat web", source_partner: "Agência", source_other: "Outra origem",
    legend: "Legenda", pickEnd: "Toque a última noite na mesma unidade", takenBetween: "Há noites ocupadas no meio; escolha outro intervalo.",
    cellLabel: "{unit}, {day}: livre", barLabel: "{who}: {status}, {from} → {to}", todayMark: "hoje", noUnits: "Crie uma unidade primeiro.",
  },
};
