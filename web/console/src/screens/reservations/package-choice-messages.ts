import type { Messages } from "../../i18n/i18n";

export const packageChoiceMessages: Messages<"fits" | "includes" | "nightsOne" | "nightsCount" | "packagePrice" | "nightsPrice" | "bookWith" | "saves" | "costsMore"> = {
  "es-AR": {
    fits: "Esta estadía entra en un paquete",
    includes: "Incluye {what}",
    nightsOne: "1 noche",
    nightsCount: "{count} noches",
    packagePrice: "Con el paquete: {price}",
    nightsPrice: "Solo las noches: {price}",
    bookWith: "Reservar con el paquete {name}",
    saves: "{amount} menos que las noches solas",
    costsMore: "{amount} más que las noches solas, con lo que incluye",
  },
  en: {
    fits: "This stay fits a package",
    includes: "Includes {what}",
    nightsOne: "1 night",
    nightsCount: "{count} nights",
    packagePrice: "With the package: {price}",
    nightsPrice: "Nights only: {price}",
    bookWith: "Book with the {name} package",
    saves: "{amount} less than the nights alone",
    costsMore: "{amount} more than the nights alone, with what it includes",
  },
  "pt-BR": {
    fits: "Esta estadia se encaixa em um pacote",
    includes: "Inclui {what}",
    nightsOne: "1 noite",
    nightsCount: "{count} noites",
    packagePrice: "Com o pacote: {price}",
    nightsPrice: "Só as noites: {price}",
    bookWith: "Reservar com o pacote {name}",
    saves: "{amount} a menos que só as noites",
    costsMore: "{amount} a mais que só as noites, com o que inclui",
  },
};
