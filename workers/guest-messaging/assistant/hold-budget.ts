/**
 * A limit on the holds one guest may take, checked by the assistant before it holds. Holds take
 * real nights (exported to the OTAs) and start a payment link on the tenant's provider account,
 * so a channel whose guests are anonymous (web chat) budgets them; WhatsApp guests are known
 * numbers and have none.
 */
export interface HoldBudget {
  /** Takes one hold from the budget; false when it is spent (the assistant hands over instead). */
  take(): Promise<boolean>;
  /** Gives back what `take` took, when no hold came of it (the nights were taken meanwhile). */
  giveBack(): Promise<void>;
}
