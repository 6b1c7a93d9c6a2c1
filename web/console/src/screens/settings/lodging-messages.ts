import type { Messages } from "../../i18n/i18n";

export type LodgingMessage = "lodging" | "lodgingHint" | "address" | "cancellationPolicy" | "houseRules" | "save" | "saved";

export const lodgingMessages: Messages<LodgingMessage> = {
  "es-AR": {
    lodging: "Lo que el asistente cuenta a los huéspedes",
    lodgingHint: "Escribilo como se lo dirías a un huésped. Si un campo queda vacío, esas preguntas pasan a una persona del equipo.",
    address: "Dirección (va en cada confirmación)",
    cancellationPolicy: "Política de cancelación",
    houseRules: "Normas de la casa (fumar, fiestas, visitas, silencio, documentos)",
    save: "Guardar",
    saved: "Guardado ✓",
  },
  en: {
    lodging: "What the assistant tells guests",
    lodgingHint: "Write it as you would tell a guest. When a field is empty, those questions go to a person on the team.",
    address: "Address (sent with every confirmation)",
    cancellationPolicy: "Cancellation policy",
    houseRules: "House rules (smoking, parties, visitors, quiet hours, IDs)",
    save: "Save",
    saved: "Saved ✓",
  },
  "pt-BR": {
    lodging: "O que o assistente diz aos hóspedes",
    lodgingHint: "Escreva como diria a um hóspede. Se um campo ficar vazio, essas perguntas vão para uma pessoa da equipe.",
    address: "Endereço (vai em cada confirmação)",
    cancellationPolicy: "Política de cancelamento",
    houseRules: "Regras da casa (fumar, festas, visitas, silêncio, documentos)",
    save: "Salvar",
    saved: "Salvo ✓",
  },
};
