import { newId, newReservationId, type IdPrefix } from "../../shared/ids";

/**
 * Old ids → new ones for an import: every row keeps its prefix and gets a fresh body, so nothing of
 * the old tenant is reachable through the new one. A reservation's id names its accommodation (see
 * shared/ids.ts), so it is made from its accommodation's new id.
 */
export class IdRemap {
  private readonly map = new Map<string, string>();

  constructor(
    private readonly oldTenantId: string,
    private readonly newTenantId: string,
  ) {
    this.map.set(oldTenantId, newTenantId);
  }

  add(oldId: string): string {
    let next = this.map.get(oldId);
    const oldBody = this.oldTenantId.slice(this.oldTenantId.indexOf("_") + 1);
    if (!next && oldBody.length >= 10 && oldId.includes(oldBody)) {
      // Ids made from the tenant's own (the default steps and templates every tenant gets) become the new tenant's.
      next = oldId.replace(oldBody, this.newTenantId.slice(this.newTenantId.indexOf("_") + 1));
      this.map.set(oldId, next);
    }
    if (!next) {
      const prefix = oldId.includes("_") ? oldId.slice(0, oldId.indexOf("_")) : "id";
      next = newId(prefix as IdPrefix);
      this.map.set(oldId, next);
    }
    return next;
  }

  addReservation(oldId: string, oldAccommodationId: string): string {
    let next = this.map.get(oldId);
    if (!next) {
      next = newReservationId(this.add(oldAccommodationId));
      this.map.set(oldId, next);
    }
    return next;
  }

  /**
   * A value with every old id in it replaced: a column that is an id, or JSON text naming ids (a
   * step's template, an upsell's units). Anything else comes back as it was.
   */
  value<T>(value: T): T {
    if (typeof value !== "string") return value;
    const exact = this.map.get(value);
    if (exact) return exact as T;
    if (!/^[[{]/.test(value)) return value;
    try {
      const parsed: unknown = JSON.parse(value);
      let changed = false;
      const walk = (node: unknown): unknown => {
        if (typeof node === "string") {
          const mapped = this.map.get(node);
          if (mapped) changed = true;
          return mapped ?? node;
        }
        if (Array.isArray(node)) return node.map(walk);
        if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
        return node;
      };
      const next = walk(parsed);
      return (changed ? JSON.stringify(next) : value) as T;
    } catch {
      return value;
    }
  }

  row<R extends Record<string, unknown>>(row: R): R {
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, this.value(v)])) as R;
  }
}
