import type { Messages } from "../../i18n/i18n";

type Key =
  | "title"
  | "hint"
  | "empty"
  | "name"
  | "units"
  | "noUnits"
  | "minNights"
  | "maxNights"
  | "nightsUnit"
  | "nights"
  | "pricing"
  | "pricingPrice"
  | "pricingDiscount"
  | "price"
  | "discount"
  | "discountOff"
  | "validFrom"
  | "validTo"
  | "validity"
  | "always"
  | "from"
  | "until"
  | "extras"
  | "archived"
  | "showArchived"
  | "create"
  | "save"
  | "cancelEdit"
  | "edit"
  | "archive"
  | "archiveTitle"
  | "archiveBody"
  | "archiveConfirm"
  | "keep"
  | "created"
  | "saved"
  | "archivedDone"
  | "pickUnit"
  | "nightsOrder"
  | "datesOrder"
  | "invalid_package"
  | "invalid_currency";

export const packageMessages: Messages<Key> = {
  "es-AR": {
    title: "Paquetes",
    hint: "Noches y extras a un precio cerrado o con descuento. Se muestran en la disponibilidad y el asistente los ofrece cuando la estadía encaja.",
    empty: "Todavía no hay paquetes.",
    name: "Nombre del paquete",
    units: "Unidades",
    noUnits: "Primero cargá una unidad.",
    minNights: "Noches mínimas",
    maxNights: "Noches máximas",
    nightsUnit: "noches",
    nights: "{min}–{max} noches",
    pricing: "Cómo se cobra",
    pricingPrice: "Precio cerrado por la estadía",
    pricingDiscount: "Descuento sobre las noches",
    price: "Precio del paquete ({currency})",
    discount: "Descuento (%)",
    discountOff: "{percent} % de descuento",
    validFrom: "Válido desde (opcional)",
    validTo: "Válido hasta (opcional)",
    validity: "Validez",
    always: "Siempre",
    from: "desde {date}",
    until: "hasta {date}",
    extras: "Extras incluidos",
    archived: "Archivado",
    showArchived: "Mostrar archivados",
    create: "Crear paquete",
    save: "Guardar cambios",
    cancelEdit: "Cancelar",
    edit: "Editar",
    archive: "Archivar",
    archiveTitle: "¿Archivar el paquete?",
    archiveBody: "«{name}» deja de ofrecerse. Las reservas que ya lo tienen lo conservan.",
    archiveConfirm: "Sí, archivar",
    keep: "No, mantener",
    created: "Paquete creado",
    saved: "Paquete guardado",
    archivedDone: "Paquete archivado",
    pickUnit: "Elegí al menos una unidad.",
    nightsOrder: "Las noches máximas no pueden ser menos que las mínimas.",
    datesOrder: "La fecha «hasta» tiene que ser igual o posterior a «desde».",
    invalid_package: "Alguna unidad o extra ya no existe: recargá la página y elegí de nuevo.",
    invalid_currency: "El precio tiene que estar en la moneda de las unidades elegidas.",
  },
  en: {
    title: "Packages",
    hint: "Nights and extras at one price or at a discount. Shown in availability, and the assistant offers them when a stay fits.",
    empty: "No packages yet.",
    name: "Package name",
    units: "Units",
    noUnits: "Add a unit first.",
    minNights: "Minimum nights",
    maxNights: "Maximum nights",
    nightsUnit: "nights",
    nights: "{min}–{max} nights",
    pricing: "How it is charged",
    pricingPrice: "One price for the stay",
    pricingDiscount: "Discount on the nights",
    price: "Package price ({currency})",
    discount: "Discount (%)",
    discountOff: "{percent}% off",
    validFrom: "Valid from (optional)",
    validTo: "Valid until (optional)",
    validity: "Validity",
    always: "Always",
    from: "from {date}",
    until: "until {date}",
    extras: "Extras included",
    archived: "Archived",
    showArchived: "Show archived",
    create: "Create package",
    save: "Save changes",
    cancelEdit: "Cancel",
    edit: "Edit",
    archive: "Archive",
    archiveTitle: "Archive the package?",
    archiveBody: "“{name}” is no longer offered. Reservations that have it keep it.",
    archiveConfirm: "Yes, archive",
    keep: "No, keep it",
    created: "Package created",
    saved: "Package saved",
    archivedDone: "Package archived",
    pickUnit: "Choose at least one unit.",
    nightsOrder: "Maximum nights cannot be fewer than minimum nights.",
    datesOrder: "The “until” date must be on or after the “from” date.",
    invalid_package: "A unit or extra no longer exists: reload the page and choose again.",
    invalid_currency: "The price must be in the chosen units' currency.",
  },
  "pt-BR": {
    title: "Pacotes",
    hint: "Noites e extras a um preço fechado ou com desconto. Aparecem na disponibilidade e o assistente os oferece quando a estadia se encaixa.",
    empty: "Ainda não há pacotes.",
    name: "Nome do pacote",
    units: "Unidades",
    noUnits: "Cadastre uma unidade primeiro.",
    minNights: "Mínimo de noites",
    maxNights: "Máximo de noites",
    nightsUnit: "noites",
    nights: "{min}–{max} noites",
    pricing: "Como é cobrado",
    pricingPrice: "Preço fechado pela estadia",
    pricingDiscount: "Desconto sobre as noites",
    price: "Preço do pacote ({currency})",
    discount: "Desconto (%)",
    discountOff: "{percent}% de desconto",
    validFrom: "Válido de (opcional)",
    validTo: "Válido até (opcional)",
    validity: "Validade",
    always: "Sempre",
    from: "de {date}",
    until: "até {date}",
    extras: "Extras incluídos",
    archived: "Arquivado",
    showArchived: "Mostrar arquivados",
    create: "Criar pacote",
    save: "Salvar alterações",
    cancelEdit: "Cancelar",
    edit: "Editar",
    archive: "Arquivar",
    archiveTitle: "Arquivar o pacote?",
    archiveBody: "“{name}” deixa de ser oferecido. As reservas que já o têm o mantêm.",
    archiveConfirm: "Sim, arquivar",
    keep: "Não, manter",
    created: "Pacote criado",
    saved: "Pacote salvo",
    archivedDone: "Pacote arquivado",
    pickUnit: "Escolha pelo menos uma unidade.",
    nightsOrder: "O máximo de noites não pode ser menor que o mínimo.",
    datesOrder: "A data “até” deve ser igual ou posterior à data “de”.",
    invalid_package: "Alguma unidade ou extra não existe mais: recarregue a página e escolha de novo.",
    invalid_currency: "O preço deve estar na moeda das unidades escolhidas.",
  },
};
