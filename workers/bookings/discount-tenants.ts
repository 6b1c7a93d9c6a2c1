/** How long an isolate goes on reading first for a tenant whose tiers gave discounts. */
const REMEMBER_MS = 10 * 60_000;
/** Tenants remembered at most; past it the oldest half is forgotten (each costs one refused call to relearn). */
const MAX_TENANTS = 2_000;

/**
 * Tenants whose calendar objects sent a hold back for the guest's discount, per isolate. Only a
 * shortcut: forgetting one costs a refused call, and remembering one whose tiers no longer give
 * discounts costs a read that finds no rule, so the price is right either way.
 */
class DiscountTenants {
  private readonly until = new Map<string, number>();

  knows(tenantId: string, now = Date.now()): boolean {
    const until = this.until.get(tenantId);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(tenantId);
    return false;
  }

  remember(tenantId: string, now = Date.now()): void {
    if (this.until.size >= MAX_TENANTS) [...this.until.keys()].slice(0, MAX_TENANTS / 2).forEach((key) => this.until.delete(key));
    this.until.delete(tenantId);
    this.until.set(tenantId, now + REMEMBER_MS);
  }

  /** Tests start from an isolate that knows nobody. */
  forgetAll(): void {
    this.until.clear();
  }
}

export const discountTenants = new DiscountTenants();
