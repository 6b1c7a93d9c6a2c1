import { unitsOf, type ReportFilters, type TenantReportContext } from "./report-filters";

export interface PackageSales {
  packageId: string;
  name: string;
  reservations: number;
  nights: number;
  /** The stays' totals (the package's price, after any guest discount), in minor units. */
  revenue: number;
}

/**
 * Confirmed stays booked with a package, counted by package: stays arriving in the report's range
 * (as `bySource` counts arrivals), their nights and their totals, in the report's currency, for the
 * units and channel the filters cover. A package renamed since keeps the name it was sold under
 * as long as its sales carry it; the newest name sold wins.
 */
export async function packageSales(d1: D1Database, context: TenantReportContext, filters: ReportFilters): Promise<PackageSales[]> {
  const units = new Set(unitsOf(context, filters).map((u) => u.id));
  const { results } = await d1
    .prepare(
      `SELECT rp.package_id AS packageId, rp.name AS name, r.accommodation_id AS accommodationId, r.check_in AS checkIn, r.check_out AS checkOut, r.total_amount AS total
       FROM reservation_packages rp JOIN reservations r ON r.id = rp.reservation_id AND r.tenant_id = rp.tenant_id
       WHERE rp.tenant_id = ?1 AND r.status = 'confirmed' AND r.currency = ?2 AND r.check_in >= ?3 AND r.check_in <= ?4
         AND (?5 IS NULL OR r.source = ?5)
       ORDER BY rp.created_at`,
    )
    .bind(context.tenantId, filters.currency, filters.from, filters.to, filters.source)
    .all<{ packageId: string; name: string; accommodationId: string; checkIn: string; checkOut: string; total: number }>();
  const byPackage = new Map<string, PackageSales>();
  for (const row of results) {
    if (!units.has(row.accommodationId)) continue;
    const sales = byPackage.get(row.packageId) ?? { packageId: row.packageId, name: row.name, reservations: 0, nights: 0, revenue: 0 };
    sales.name = row.name;
    sales.reservations += 1;
    sales.nights += Math.round((Date.parse(row.checkOut) - Date.parse(row.checkIn)) / 86_400_000);
    sales.revenue += Number(row.total);
    byPackage.set(row.packageId, sales);
  }
  return [...byPackage.values()].sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name));
}
