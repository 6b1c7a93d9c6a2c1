import { SELF } from "cloudflare:test";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";
import { buildSeason, MARCH, type Season } from "./season";

/** Money written with the delimiter's decimal separator back to minor units. */
const minor = (text: string) => Math.round(Number(text.replace(",", ".")) * 100);
const sum = (rows: Record<string, string>[], column: string, read: (v: string) => number = Number) => rows.reduce((total, row) => total + read(row[column]!), 0);

async function download(token: string, path: string, query: Record<string, string>) {
  const response = await call("GET", `${path}?${new URLSearchParams(query)}`, { token });
  return response;
}

function rowsOf(text: string, delimiter: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, delimiter, relax_quotes: false });
}

describe("CSV exports", () => {
  let tenant: TestTenant;
  let season: Season;
  beforeAll(async () => {
    tenant = await createTenant();
    season = await buildSeason(tenant);
  });

  it("reservations.csv starts with a BOM, ends lines with CRLF and parses back with the report's totals", async () => {
    const response = await download(tenant.token, "/v1/reports/reservations.csv", { ...MARCH, currency: "ARS" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="reservations-${MARCH.from}-${MARCH.to}.csv"`);
    // Text decoding drops the byte order mark, so the bytes themselves are read.
    const raw = await SELF.fetch(`${BASE}/v1/reports/reservations.csv?${new URLSearchParams({ ...MARCH, currency: "ARS" })}`, { headers: { authorization: `Bearer ${tenant.token}` } });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.text.split("\r\n")[0]).toBe("code,status,source,accommodation,check_in,check_out,nights,nights_in_range,guests,guest_name,guest_phone,guest_email,currency,total,room_revenue_in_range,paid,balance,booked_at");

    const rows = rowsOf(response.text, ",");
    // A1..A4 and B1..B3; the dollar stay is in another currency.
    expect(rows).toHaveLength(7);
    expect(sum(rows, "room_revenue_in_range", minor)).toBe(500_001);
    expect(sum(rows.filter((r) => r.status === "confirmed"), "nights_in_range")).toBe(7);
    const names = rows.map((r) => r.guest_name);
    expect(names).toContain('Pérez, "Toto"');
    expect(names).toContain("Línea uno\nLínea dos");
    expect(names).toContain("João, d'Ávila");
    // A name a spreadsheet would run as a formula is written inert.
    expect(names).toContain("'=HYPERLINK(\"x\")");
    expect(rows.find((r) => r.guest_name?.startsWith("'="))).toMatchObject({ total: "1000.01", room_revenue_in_range: "1000.01", paid: "300.01", balance: "700.00", status: "confirmed", source: "phone" });
    expect(rows.find((r) => r.check_in === MARCH.from.replace("03-01", "02-27"))).toMatchObject({ nights: "4", nights_in_range: "2", room_revenue_in_range: "2000.00" });
  });

  it("kpis.csv has every unit on every day, adds up to the JSON report, and speaks Excel es-AR with ?delimiter=semicolon", async () => {
    const response = await download(tenant.token, "/v1/reports/kpis.csv", { ...MARCH, currency: "ARS", delimiter: "semicolon" });
    expect(response.status).toBe(200);
    const rows = rowsOf(response.text, ";");
    expect(rows).toHaveLength(62);
    const report = (await call("GET", `/v1/reports/kpis?${new URLSearchParams({ ...MARCH, currency: "ARS" })}`, { token: tenant.token })).json;
    expect(sum(rows, "sold_nights")).toBe(report.soldNights);
    expect(sum(rows, "available_nights")).toBe(report.availableNights);
    expect(sum(rows, "blocked_nights")).toBe(report.blockedNights);
    expect(sum(rows, "room_revenue", minor)).toBe(report.roomRevenue.amount);
    expect(sum(rows, "deposits_collected", minor)).toBe(report.depositsCollected.amount);
    expect(sum(rows, "balance_outstanding", minor)).toBe(report.balanceOutstanding.amount);
    expect(sum(rows, "cancellations")).toBe(report.cancellations);
    const unitB = rows.find((r) => r.accommodation_id === season.unitB)!;
    expect(unitB.accommodation).toBe('Depto. Bahía; "vista"');
    expect(rows.find((r) => r.date === MARCH.from && r.accommodation_id === season.unitA)).toMatchObject({ sold_nights: "1", room_revenue: "1000,00", occupancy: "1,0000" });
    // The unit name holds the delimiter and quotes: quoted, quotes doubled.
    expect(response.text).toContain(';"Depto. Bahía; ""vista""";');
  });

  it("refuses two currencies and bad filters before streaming anything", async () => {
    const mixed = await download(tenant.token, "/v1/reports/kpis.csv", MARCH);
    expect(mixed.status).toBe(422);
    expect(mixed.json.code).toBe("mixed_currencies");
    const badDelimiter = await download(tenant.token, "/v1/reports/reservations.csv", { ...MARCH, currency: "ARS", delimiter: "tab" });
    expect(badDelimiter.status).toBe(400);
    expect(badDelimiter.headers.get("content-type")).toContain("application/problem+json");
  });

  it("never shows another tenant's reservations", async () => {
    const other = await createTenant();
    const theirs = await download(other.token, "/v1/reports/reservations.csv", { ...MARCH });
    expect(theirs.status).toBe(200);
    expect(rowsOf(theirs.text, ",")).toEqual([]);
    expect((await download(other.token, "/v1/reports/kpis.csv", { ...MARCH, accommodationId: season.unitA })).status).toBe(404);
  });
});
