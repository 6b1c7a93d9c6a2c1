import type { Messages } from "../../i18n/i18n";

/** The owner's actions on a member: change their role, remove them. */
export const teamMessages: Messages<"roleOf" | "roleChanged" | "remove" | "removeTitle" | "removeIntro" | "removeConfirm" | "keep" | "removed" | "lastOwner" | "you"> = {
  "es-AR": {
    roleOf: "Rol de {name}",
    roleChanged: "{name} ahora es {role}.",
    remove: "Quitar del equipo",
    removeTitle: "¿Quitar a {name} del equipo?",
    removeIntro: "Se le cierra la sesión al instante en todos sus dispositivos y ya no puede entrar. Podés invitarle de nuevo más adelante.",
    removeConfirm: "Sí, quitar",
    keep: "No, volver",
    removed: "{name} ya no es parte del equipo.",
    lastOwner: "El equipo necesita al menos un dueño: primero hacé dueño a otra persona.",
    you: "vos",
  },
  en: {
    roleOf: "{name}'s role",
    roleChanged: "{name} is now {role}.",
    remove: "Remove from team",
    removeTitle: "Remove {name} from the team?",
    removeIntro: "They are signed out at once on every device and can no longer sign in. You can invite them again later.",
    removeConfirm: "Yes, remove",
    keep: "No, go back",
    removed: "{name} is no longer on the team.",
    lastOwner: "The team needs at least one owner: make someone else owner first.",
    you: "you",
  },
  "pt-BR": {
    roleOf: "Função de {name}",
    roleChanged: "{name} agora é {role}.",
    remove: "Remover da equipe",
    removeTitle: "Remover {name} da equipe?",
    removeIntro: "A sessão é encerrada na hora em todos os dispositivos e a pessoa não consegue mais entrar. Você pode convidá-la de novo depois.",
    removeConfirm: "Sim, remover",
    keep: "Não, voltar",
    removed: "{name} não faz mais parte da equipe.",
    lastOwner: "A equipe precisa de pelo menos um dono: primeiro torne outra pessoa dona.",
    you: "você",
  },
};
