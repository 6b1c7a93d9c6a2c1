import type { Messages } from "../../i18n/i18n";

export type UnitMessage =
  | "title" | "newUnit" | "edit" | "name" | "type" | "cabin" | "apartment" | "house" | "room" | "capacity" | "basePrice" | "minStay" | "checkInTime"
  | "checkOutTime" | "depositPercent" | "amenities" | "wifi" | "pileta" | "pet_friendly" | "cochera" | "parrilla" | "aire" | "weekendMultiplier"
  | "holidayMultiplier" | "holidaysAR" | "seasons" | "addSeason" | "removeSeason" | "seasonFrom" | "seasonTo" | "seasonPrice" | "save" | "saved" | "created"
  | "delete" | "deleteConfirm" | "deleted" | "undo" | "preview" | "checkIn" | "checkOut" | "guests" | "nights" | "total" | "deposit" | "noUnits"
  | "min_stay" | "over_capacity" | "invalid_range" | "perNight" | "cancel" | "timesBasePrice" | "extraGuestFee" | "extraGuestFrom";

export const messages: Messages<UnitMessage> = {
  "es-AR": {
    title: "Unidades y precios", newUnit: "Nueva unidad", edit: "Editar", name: "Nombre", type: "Tipo", cabin: "Cabaña", apartment: "Departamento", house: "Casa", room: "Habitación",
    capacity: "Capacidad (personas)", basePrice: "Precio base por noche", minStay: "Estadía mínima (noches)", checkInTime: "Check-in desde", checkOutTime: "Check-out hasta",
    depositPercent: "Seña (%)", amenities: "Servicios", wifi: "Wi-Fi", pileta: "Pileta", pet_friendly: "Acepta mascotas", cochera: "Cochera", parrilla: "Parrilla", aire: "Aire acondicionado",
    weekendMultiplier: "Multiplicador de fin de semana", holidayMultiplier: "Multiplicador de feriados", holidaysAR: "Aplicar feriados de Argentina", seasons: "Temporadas",
    addSeason: "Agregar temporada", removeSeason: "Quitar temporada", seasonFrom: "Desde", seasonTo: "Hasta", seasonPrice: "Precio por noche", save: "Guardar", saved: "Cambios guardados",
    created: "Unidad creada", delete: "Eliminar", deleteConfirm: "¿Eliminar «{name}»?", deleted: "Unidad eliminada", undo: "Deshacer", preview: "Cotización en vivo",
    checkIn: "Entrada", checkOut: "Salida", guests: "Personas", nights: "{count} noches", total: "Total", deposit: "Seña", noUnits: "Todavía no hay unidades.",
    min_stay: "La estadía mínima no se cumple.", over_capacity: "Son más personas que la capacidad.", invalid_range: "Revisá las fechas.", perNight: "por noche", cancel: "Cancelar",
    timesBasePrice: "× el precio base", extraGuestFee: "Cargo por persona extra", extraGuestFrom: "Se cobra desde la persona n.º",
  },
  en: {
    title: "Units and prices", newUnit: "New unit", edit: "Edit", name: "Name", type: "Type", cabin: "Cabin", apartment: "Apartment", house: "House", room: "Room",
    capacity: "Capacity (people)", basePrice: "Base price per night", minStay: "Minimum stay (nights)", checkInTime: "Check-in from", checkOutTime: "Check-out by",
    depositPercent: "Deposit (%)", amenities: "Amenities", wifi: "Wi-Fi", pileta: "Pool", pet_friendly: "Pets allowed", cochera: "Parking", parrilla: "Barbecue", aire: "Air conditioning",
    weekendMultiplier: "Weekend multiplier", holidayMultiplier: "Holiday multiplier", holidaysAR: "Apply Argentina's holidays", seasons: "Seasons",
    addSeason: "Add season", removeSeason: "Remove season", seasonFrom: "From", seasonTo: "To", seasonPrice: "Price per night", save: "Save", saved: "Changes saved",
    created: "Unit created", delete: "Delete", deleteConfirm: "Delete “{name}”?", deleted: "Unit deleted", undo: "Undo", preview: "Live quote",
    checkIn: "Check-in", checkOut: "Check-out", guests: "Guests", nights: "{count} nights", total: "Total", deposit: "Deposit", noUnits: "No units yet.",
    min_stay: "The minimum stay is not met.", over_capacity: "More guests than the capacity.", invalid_range: "Check the dates.", perNight: "per night", cancel: "Cancel",
    timesBasePrice: "× the base price", extraGuestFee: "Extra guest fee", extraGuestFrom: "Charged from guest no.",
  },
  "pt-BR": {
    title: "Unidades e preços", newUnit: "Nova unidade", edit: "Editar", name: "Nome", type: "Tipo", cabin: "Chalé", apartment: "Apartamento", house: "Casa", room: "Quarto",
    capacity: "Capacidade (pessoas)", basePrice: "Preço base por noite", minStay: "Estadia mínima (noites)", checkInTime: "Check-in a partir de", checkOutTime: "Check-out até",
    depositPercent: "Sinal (%)", amenities: "Comodidades", wifi: "Wi-Fi", pileta: "Piscina", pet_friendly: "Aceita pets", cochera: "Garagem", parrilla: "Churrasqueira", aire: "Ar-condicionado",
    weekendMultiplier: "Multiplicador de fim de semana", holidayMultiplier: "Multiplicador de feriados", holidaysAR: "Aplicar feriados da Argentina", seasons: "Temporadas",
    addSeason: "Adicionar temporada", removeSeason: "Remover temporada", seasonFrom: "De", seasonTo: "Até", seasonPrice: "Preço por noite", save: "Salvar", saved: "Alterações salvas",
    created: "Unidade criada", delete: "Excluir", deleteConfirm: "Excluir “{name}”?", deleted: "Unidade excluída", undo: "Desfazer", preview: "Cotação ao vivo",
    checkIn: "Entrada", checkOut: "Saída", guests: "Pessoas", nights: "{count} noites", total: "Total", deposit: "Sinal", noUnits: "Ainda não há unidades.",
    min_stay: "A estadia mínima não é atendida.", over_capacity: "Mais pessoas que a capacidade.", invalid_range: "Confira as datas.", perNight: "por noite", cancel: "Cancelar",
    timesBasePrice: "× o preço base", extraGuestFee: "Taxa por pessoa extra", extraGuestFrom: "Cobrada a partir da pessoa nº",
  },
};
