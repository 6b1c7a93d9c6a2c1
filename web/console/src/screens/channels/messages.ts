import type { Messages } from "../../i18n/i18n";

export type ChannelMessage =
  | "title" | "exportUrl" | "exportHint" | "copy" | "copied" | "copyFailed" | "rotate" | "rotateConfirm" | "rotated" | "feeds" | "addFeed" | "feedUrl" | "source" | "feedName"
  | "add" | "syncNow" | "synced" | "upload" | "uploaded" | "remove" | "removeConfirm" | "lastSync" | "lastSuccess" | "lastError" | "events" | "blockedNights"
  | "never" | "feedExport" | "noFeeds" | "noUnits" | "conflicts" | "status_ok" | "status_error" | "status_conflicts";

export const messages: Messages<ChannelMessage> = {
  "es-AR": {
    title: "Canales", exportUrl: "Calendario iCal de la unidad", exportHint: "Pegá este enlace en Airbnb, Booking o Vrbo para que vean tus noches ocupadas.",
    copy: "Copiar", copied: "Copiado ✓", copyFailed: "No se pudo copiar; seleccioná el texto y copialo a mano.", rotate: "Cambiar enlace", rotateConfirm: "El enlace actual deja de funcionar al instante y vas a tener que pegar el nuevo en cada canal. ¿Seguimos?",
    rotated: "Enlace nuevo listo", feeds: "Calendarios importados", addFeed: "Agregar un calendario", feedUrl: "URL del calendario (.ics)", source: "Canal", feedName: "Nombre (opcional)",
    add: "Agregar", syncNow: "Sincronizar ahora", synced: "Sincronizado: {blocks} bloqueos, {conflicts} conflictos", upload: "Subir archivo .ics", uploaded: "Archivo importado: {blocks} bloqueos",
    remove: "Quitar", removeConfirm: "¿Quitar este calendario? Sus bloqueos se liberan.", lastSync: "Última sincronización", lastSuccess: "Último éxito", lastError: "Último error",
    events: "Eventos", blockedNights: "Noches bloqueadas", never: "nunca", feedExport: "Enlace para pegar en este canal (sin sus propias noches)", noFeeds: "Sin calendarios importados.",
    noUnits: "Creá una unidad primero.", conflicts: "Conflictos", status_ok: "Al día", status_error: "No se pudo leer", status_conflicts: "Hay noches en conflicto",
  },
  en: {
    title: "Channels", exportUrl: "The unit's iCal calendar", exportHint: "Paste this link into Airbnb, Booking or Vrbo so they see your taken nights.",
    copy: "Copy", copied: "Copied ✓", copyFailed: "Could not copy; select the text and copy it by hand.", rotate: "Change link", rotateConfirm: "The current link stops working at once and you will have to paste the new one into every channel. Go ahead?",
    rotated: "New link ready", feeds: "Imported calendars", addFeed: "Add a calendar", feedUrl: "Calendar URL (.ics)", source: "Channel", feedName: "Name (optional)",
    add: "Add", syncNow: "Sync now", synced: "Synced: {blocks} blocks, {conflicts} conflicts", upload: "Upload .ics file", uploaded: "File imported: {blocks} blocks",
    remove: "Remove", removeConfirm: "Remove this calendar? Its blocks are released.", lastSync: "Last sync", lastSuccess: "Last success", lastError: "Last error",
    events: "Events", blockedNights: "Blocked nights", never: "never", feedExport: "Link to paste into this channel (without its own nights)", noFeeds: "No imported calendars.",
    noUnits: "Create a unit first.", conflicts: "Conflicts", status_ok: "Up to date", status_error: "Could not be read", status_conflicts: "Nights in conflict",
  },
  "pt-BR": {
    title: "Canais", exportUrl: "Calendário iCal da unidade", exportHint: "Cole este link no Airbnb, Booking ou Vrbo para que vejam suas noites ocupadas.",
    copy: "Copiar", copied: "Copiado ✓", copyFailed: "Não foi possível copiar; selecione o texto e copie manualmente.", rotate: "Trocar link", rotateConfirm: "O link atual para de funcionar na hora e você terá que colar o novo em cada canal. Continuar?",
    rotated: "Novo link pronto", feeds: "Calendários importados", addFeed: "Adicionar um calendário", feedUrl: "URL do calendário (.ics)", source: "Canal", feedName: "Nome (opcional)",
    add: "Adicionar", syncNow: "Sincronizar agora", synced: "Sincronizado: {blocks} bloqueios, {conflicts} conflitos", upload: "Enviar arquivo .ics", uploaded: "Arquivo importado: {blocks} bloqueios",
    remove: "Remover", removeConfirm: "Remover este calendário? Seus bloqueios são liberados.", lastSync: "Última sincronização", lastSuccess: "Último sucesso", lastError: "Último erro",
    events: "Eventos", blockedNights: "Noites bloqueadas", never: "nunca", feedExport: "Link para colar neste canal (sem as noites dele)", noFeeds: "Sem calendários importados.",
    noUnits: "Crie uma unidade primeiro.", conflicts: "Conflitos", status_ok: "Em dia", status_error: "Não foi possível ler", status_conflicts: "Há noites em conflito",
  },
};
