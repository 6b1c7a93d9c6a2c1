import type { Messages } from "../i18n/i18n";

export type NumberFieldMessage = "unreadable" | "tooManyDecimals" | "notWhole" | "tooSmall" | "tooLarge";

export const messages: Messages<NumberFieldMessage> = {
  "es-AR": {
    unreadable: "No se entiende el número. Escribilo como 120.000 o 1,5.",
    tooManyDecimals: "Tiene demasiados decimales.",
    notWhole: "Tiene que ser un número entero.",
    tooSmall: "Tiene que ser al menos {limit}.",
    tooLarge: "Tiene que ser como máximo {limit}.",
  },
  en: {
    unreadable: "That number can't be read. Write it like 120,000 or 1.5.",
    tooManyDecimals: "It has too many decimals.",
    notWhole: "It must be a whole number.",
    tooSmall: "It must be at least {limit}.",
    tooLarge: "It must be at most {limit}.",
  },
  "pt-BR": {
    unreadable: "Não dá para ler o número. Escreva como 120.000 ou 1,5.",
    tooManyDecimals: "Tem casas decimais demais.",
    notWhole: "Precisa ser um número inteiro.",
    tooSmall: "Precisa ser pelo menos {limit}.",
    tooLarge: "Precisa ser no máximo {limit}.",
  },
};
