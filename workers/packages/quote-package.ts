import { and, eq, inArray, isNull } from "drizzle-orm";
import { bestPackage, packageRule, type PackageTerms } from "../../shared/packages/package-fit";
import { adjustQuote, type AdjustmentLine, type AdjustmentRule } from "../../shared/pricing/adjustments";
import type { Money } from "../../shared/domain/money";
import type { Database } from "../platform/db/client";
import { servicePackages, upsells, type LocalizedText } from "../platform/db/schema";
import { termsOf, type PackageRow } from "./catalog";

export interface PackageExtra {
  id: string;
  kind: "late_checkout" | "early_checkin" | "other";
  title: LocalizedText;
}

/** The package a quote carries: what it is called and the extras it includes. */
export interface PackageOffer {
  id: string;
  name: string;
  extras: PackageExtra[];
}

/** A tenant's packages on offer and the extras they name, read once for a quote or a whole search. */
export interface PackageCatalog {
  packages: (PackageTerms & { extras: string[] })[];
  extras: Map<string, PackageExtra>;
}

export const EMPTY_CATALOG: PackageCatalog = { packages: [], extras: new Map() };

export async function packageCatalog(db: Database, tenantId: string): Promise<PackageCatalog> {
  return catalogOf(db, tenantId, await packagesOnOffer(db, tenantId).all());
}

/** The tenant's packages on offer, as a query a caller may send in a batch of its own (a search does). */
export function packagesOnOffer(db: Pick<Database, "select">, tenantId: string) {
  return db.select().from(servicePackages).where(and(eq(servicePackages.tenantId, tenantId), isNull(servicePackages.archivedAt)));
}

/** The catalog of the packages read: the extras they name are read only when some name one. */
export async function catalogOf(db: Pick<Database, "select">, tenantId: string, rows: PackageRow[]): Promise<PackageCatalog> {
  if (rows.length === 0) return EMPTY_CATALOG;
  const extraIds = [...new Set(rows.flatMap((r) => r.extras))];
  const extraRows =
    extraIds.length === 0
      ? []
      : await db.select({ id: upsells.id, kind: upsells.kind, title: upsells.title }).from(upsells).where(and(eq(upsells.tenantId, tenantId), inArray(upsells.id, extraIds))).all();
  return { packages: rows.map((r) => ({ ...termsOf(r), extras: r.extras })), extras: new Map(extraRows.map((e) => [e.id, e])) };
}

type Stay = { checkIn: string; checkOut: string };

/**
 * The package a stay priced at `nightsTotal` fits, with the rule it prices by and the offer a quote
 * shows. With `packageId`, only that package is considered; otherwise the one the guest pays least with.
 */
export function fittingPackage(catalog: PackageCatalog, unitId: string, stay: Stay, nightsTotal: Money, packageId?: string): { rule: AdjustmentRule; offer: PackageOffer } | null {
  const candidates = packageId ? catalog.packages.filter((p) => p.id === packageId) : catalog.packages;
  const best = bestPackage(candidates, { accommodationId: unitId, ...stay }, nightsTotal);
  if (!best) return null;
  const extras = best.terms.extras.flatMap((id) => {
    const extra = catalog.extras.get(id);
    return extra ? [extra] : [];
  });
  return { rule: packageRule(best.terms), offer: { id: best.terms.id, name: best.terms.name, extras } };
}

/**
 * The quote with the package the stay fits, when one does: its line in `adjustments` (label: the
 * package's name), the total and deposit after it, and the package with its extras.
 */
export function withPackage<Q extends { total: Money; deposit: Money }>(
  catalog: PackageCatalog,
  unit: { id: string; depositPercent: number },
  stay: Stay,
  quote: Q,
  packageId?: string,
): (Q & { adjustments: AdjustmentLine[]; package: PackageOffer }) | null {
  const fits = fittingPackage(catalog, unit.id, stay, quote.total, packageId);
  if (!fits) return null;
  return { ...adjustQuote(quote, unit.depositPercent, [fits.rule]), package: fits.offer };
}
