/**
 * The messages Posada writes first, one kind per moment of a stay. Each kind has a fixed trigger
 * (what its time is counted from); owners tune the offset, the local time, the template, the
 * channels and whether it runs at all.
 */
export const STEP_KINDS = ["hold_reminder", "confirmation", "pre_arrival", "check_in_day", "check_out_reminder", "review_request", "balance_due", "loyalty_upgrade"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_TRIGGERS = ["hold_expiry", "confirmed", "before_check_in", "check_in_day", "before_check_out", "after_check_out", "tier_upgrade"] as const;
export type StepTrigger = (typeof STEP_TRIGGERS)[number];

export const STEP_CHANNELS = ["whatsapp", "email"] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];

export interface StepKindRule {
  trigger: StepTrigger;
  /** Whether owners may change the offset (days) and the local time; the others fire at their event. */
  timed: boolean;
  defaultOffsetDays: number;
  defaultLocalTime: string | null;
  /** Bounds of the offset owners may choose, in days. */
  maxOffsetDays: number;
}

export const STEP_RULES: Record<StepKind, StepKindRule> = {
  // Ten minutes before the hold lapses, with the payment link.
  hold_reminder: { trigger: "hold_expiry", timed: false, defaultOffsetDays: 0, defaultLocalTime: null, maxOffsetDays: 0 },
  confirmation: { trigger: "confirmed", timed: false, defaultOffsetDays: 0, defaultLocalTime: null, maxOffsetDays: 0 },
  pre_arrival: { trigger: "before_check_in", timed: true, defaultOffsetDays: 2, defaultLocalTime: "10:00", maxOffsetDays: 30 },
  check_in_day: { trigger: "check_in_day", timed: true, defaultOffsetDays: 0, defaultLocalTime: "09:00", maxOffsetDays: 0 },
  // The evening before check-out: one day before, before quiet hours begin at 21:00.
  check_out_reminder: { trigger: "before_check_out", timed: true, defaultOffsetDays: 1, defaultLocalTime: "19:00", maxOffsetDays: 7 },
  review_request: { trigger: "after_check_out", timed: true, defaultOffsetDays: 1, defaultLocalTime: "11:00", maxOffsetDays: 30 },
  balance_due: { trigger: "before_check_in", timed: true, defaultOffsetDays: 3, defaultLocalTime: "10:00", maxOffsetDays: 60 },
  // When a stay lifts the guest to a higher loyalty tier (workers/loyalty/upgrade-message.ts), not planned per stay.
  loyalty_upgrade: { trigger: "tier_upgrade", timed: false, defaultOffsetDays: 0, defaultLocalTime: null, maxOffsetDays: 0 },
};

/** How long before a hold lapses its reminder goes. */
export const HOLD_REMINDER_LEAD_MS = 10 * 60_000;
