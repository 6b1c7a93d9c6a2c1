import type { Messages } from "../../i18n/i18n";

/** The cancel dialog's question about money already paid. */
export const refundMessages: Messages<
  | "decideMoney"
  | "moneyQuestion"
  | "paidSoFar"
  | "refundFull"
  | "refundPartial"
  | "refundKeep"
  | "refundAmount"
  | "refundAmountHint"
  | "refundAmountInvalid"
  | "viaQuestion"
  | "viaProvider"
  | "viaManual"
  | "viaManualOnly"
  | "refundPending"
  | "refundFailed"
  | "refundDone"
  | "err_nothing_to_refund"
  | "err_refund_too_large"
  | "err_no_provider_payment"
  | "err_refund_already_decided"
  | "err_provider_not_configured"
> = {
  "es-AR": {
    decideMoney: "Decidir qué pasa con lo pagado",
    moneyQuestion: "¿Qué hacemos con la plata que pagó?",
    paidSoFar: "Pagó {amount}.",
    refundFull: "Devolver todo ({amount})",
    refundPartial: "Devolver una parte",
    refundKeep: "No devolver nada (se queda con la seña)",
    refundAmount: "Monto a devolver ({currency})",
    refundAmountHint: "Hasta {amount}.",
    refundAmountInvalid: "Escribí un monto mayor a cero y no más de lo que pagó.",
    viaQuestion: "¿Cómo se devuelve?",
    viaProvider: "Por {provider}, automáticamente",
    viaManual: "Ya la devolví yo (efectivo o transferencia)",
    viaManualOnly: "Pagó en efectivo o por transferencia: la devolución queda registrada como hecha a mano.",
    refundPending: "{provider} no respondió: la devolución quedó pendiente. Cancelá de nuevo con la misma opción para reintentar.",
    refundFailed: "{provider} rechazó la devolución. Devolvé la plata de otra forma y registrala a mano.",
    refundDone: "Devolución de {amount} registrada.",
    err_nothing_to_refund: "No queda nada pagado para devolver.",
    err_refund_too_large: "No se puede devolver más de lo que pagó.",
    err_no_provider_payment: "Esa plata no entró por Mercado Pago ni Stripe: registrá la devolución como hecha a mano.",
    err_refund_already_decided: "Ya se decidió qué hacer con la plata de esta reserva.",
    err_provider_not_configured: "Para devolver por el proveedor, conectalo en Ajustes.",
  },
  en: {
    decideMoney: "Decide what happens to the money paid",
    moneyQuestion: "What happens to the money they paid?",
    paidSoFar: "They paid {amount}.",
    refundFull: "Refund everything ({amount})",
    refundPartial: "Refund part of it",
    refundKeep: "Refund nothing (keep the deposit)",
    refundAmount: "Amount to refund ({currency})",
    refundAmountHint: "Up to {amount}.",
    refundAmountInvalid: "Enter an amount above zero and no more than they paid.",
    viaQuestion: "How is it given back?",
    viaProvider: "Through {provider}, automatically",
    viaManual: "I already gave it back (cash or transfer)",
    viaManualOnly: "They paid in cash or by transfer: the refund is recorded as made by hand.",
    refundPending: "{provider} did not answer: the refund is pending. Cancel again with the same choice to retry.",
    refundFailed: "{provider} refused the refund. Give the money back another way and record it by hand.",
    refundDone: "Refund of {amount} recorded.",
    err_nothing_to_refund: "Nothing paid is left to refund.",
    err_refund_too_large: "You cannot refund more than they paid.",
    err_no_provider_payment: "That money did not come through Mercado Pago or Stripe: record the refund as made by hand.",
    err_refund_already_decided: "What to do with this reservation's money was already decided.",
    err_provider_not_configured: "To refund through the provider, connect it in Settings.",
  },
  "pt-BR": {
    decideMoney: "Decidir o que acontece com o valor pago",
    moneyQuestion: "O que fazemos com o dinheiro que foi pago?",
    paidSoFar: "Pagou {amount}.",
    refundFull: "Devolver tudo ({amount})",
    refundPartial: "Devolver uma parte",
    refundKeep: "Não devolver nada (fica com o sinal)",
    refundAmount: "Valor a devolver ({currency})",
    refundAmountHint: "Até {amount}.",
    refundAmountInvalid: "Digite um valor maior que zero e não maior do que foi pago.",
    viaQuestion: "Como é devolvido?",
    viaProvider: "Pelo {provider}, automaticamente",
    viaManual: "Já devolvi (dinheiro ou transferência)",
    viaManualOnly: "Pagou em dinheiro ou por transferência: a devolução fica registrada como feita à mão.",
    refundPending: "{provider} não respondeu: a devolução ficou pendente. Cancele de novo com a mesma opção para tentar outra vez.",
    refundFailed: "{provider} recusou a devolução. Devolva o dinheiro de outra forma e registre à mão.",
    refundDone: "Devolução de {amount} registrada.",
    err_nothing_to_refund: "Não sobrou nada pago para devolver.",
    err_refund_too_large: "Não é possível devolver mais do que foi pago.",
    err_no_provider_payment: "Esse dinheiro não entrou pelo Mercado Pago nem pelo Stripe: registre a devolução como feita à mão.",
    err_refund_already_decided: "Já foi decidido o que fazer com o dinheiro desta reserva.",
    err_provider_not_configured: "Para devolver pelo provedor, conecte-o nas Configurações.",
  },
};
