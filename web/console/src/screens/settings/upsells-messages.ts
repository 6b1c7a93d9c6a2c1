import type { Messages } from "../../i18n/i18n";

type Key =
  | "title"
  | "hint"
  | "empty"
  | "kind"
  | "kind_late_checkout"
  | "kind_early_checkin"
  | "kind_other"
  | "titleEs"
  | "titlePt"
  | "titleEn"
  | "price"
  | "when"
  | "when_any"
  | "when_before_arrival"
  | "when_during_stay"
  | "approval"
  | "needsApproval"
  | "add"
  | "added"
  | "remove"
  | "removed"
  | "portalTitle"
  | "retention"
  | "retentionUnit"
  | "reviewDefault"
  | "reviewAirbnb"
  | "reviewBooking"
  | "kpiWindow"
  | "save"
  | "saved";

export const upsellMessages: Messages<Key> = {
  "es-AR": {
    title: "Extras para huéspedes",
    hint: "Se ofrecen en el portal del huésped y en el mensaje antes de llegar. La salida tardía y la entrada temprana solo aparecen cuando ese día nadie llega ni se va de la unidad.",
    empty: "Todavía no hay extras.",
    kind: "Tipo",
    kind_late_checkout: "Salida tardía",
    kind_early_checkin: "Entrada temprana",
    kind_other: "Otro (leña, desayuno, traslado, mascota…)",
    titleEs: "Nombre en español",
    titlePt: "Nombre en portugués (opcional)",
    titleEn: "Nombre en inglés (opcional)",
    price: "Precio ({currency})",
    when: "Cuándo se ofrece",
    when_any: "Antes y durante la estadía",
    when_before_arrival: "Antes de llegar",
    when_during_stay: "Durante la estadía",
    approval: "Necesita tu confirmación",
    needsApproval: "Lo confirmás vos",
    add: "Agregar extra",
    added: "Extra agregado",
    remove: "Quitar",
    removed: "Extra quitado",
    portalTitle: "Portal del huésped",
    retention: "Días que se guardan las fotos de documento después de la salida",
    retentionUnit: "días",
    reviewDefault: "Enlace para reseñas (Google u otro)",
    reviewAirbnb: "Enlace para reseñas en Airbnb",
    reviewBooking: "Enlace para reseñas en Booking.com",
    kpiWindow: "Período para comparar los indicadores",
    save: "Guardar",
    saved: "Guardado",
  },
  en: {
    title: "Extras for guests",
    hint: "Offered in the guest portal and in the pre-arrival message. Late check-out and early check-in only show when nobody arrives or leaves the unit that day.",
    empty: "No extras yet.",
    kind: "Kind",
    kind_late_checkout: "Late check-out",
    kind_early_checkin: "Early check-in",
    kind_other: "Other (firewood, breakfast, transfer, pet…)",
    titleEs: "Name in Spanish",
    titlePt: "Name in Portuguese (optional)",
    titleEn: "Name in English (optional)",
    price: "Price ({currency})",
    when: "When it is offered",
    when_any: "Before and during the stay",
    when_before_arrival: "Before arrival",
    when_during_stay: "During the stay",
    approval: "Needs your confirmation",
    needsApproval: "You confirm it",
    add: "Add extra",
    added: "Extra added",
    remove: "Remove",
    removed: "Extra removed",
    portalTitle: "Guest portal",
    retention: "Days ID photos are kept after check-out",
    retentionUnit: "days",
    reviewDefault: "Review link (Google or other)",
    reviewAirbnb: "Airbnb review link",
    reviewBooking: "Booking.com review link",
    kpiWindow: "Period the KPIs are compared over",
    save: "Save",
    saved: "Saved",
  },
  "pt-BR": {
    title: "Extras para hóspedes",
    hint: "Oferecidos no portal do hóspede e na mensagem antes da chegada. Saída tardia e entrada antecipada só aparecem quando ninguém chega nem sai da unidade nesse dia.",
    empty: "Ainda não há extras.",
    kind: "Tipo",
    kind_late_checkout: "Saída tardia",
    kind_early_checkin: "Entrada antecipada",
    kind_other: "Outro (lenha, café da manhã, traslado, pet…)",
    titleEs: "Nome em espanhol",
    titlePt: "Nome em português (opcional)",
    titleEn: "Nome em inglês (opcional)",
    price: "Preço ({currency})",
    when: "Quando é oferecido",
    when_any: "Antes e durante a estadia",
    when_before_arrival: "Antes da chegada",
    when_during_stay: "Durante a estadia",
    approval: "Precisa da sua confirmação",
    needsApproval: "Você confirma",
    add: "Adicionar extra",
    added: "Extra adicionado",
    remove: "Remover",
    removed: "Extra removido",
    portalTitle: "Portal do hóspede",
    retention: "Dias que as fotos de documento ficam guardadas após a saída",
    retentionUnit: "dias",
    reviewDefault: "Link para avaliações (Google ou outro)",
    reviewAirbnb: "Link para avaliações no Airbnb",
    reviewBooking: "Link para avaliações no Booking.com",
    kpiWindow: "Período para comparar os indicadores",
    save: "Salvar",
    saved: "Salvo",
  },
};
