// Builds one tenant's guest profiles and loyalty tiers from its reservations, through a running
// Worker: `npm run dev` by default, or a deployment. Idempotent: a second run changes nothing.
//
//   npm run loyalty:backfill -- --tenant=ten_… [--dry-run]              the local `npm run dev` (PORT, or 8787)
//   BASE_URL=https://posada.example OPS_TOKEN=… npm run loyalty:backfill -- --tenant=ten_…
import { DEV_OPS_TOKEN } from "../workers/platform/env";

const args = process.argv.slice(2);
const tenant = args.find((a) => a.startsWith("--tenant="))?.slice("--tenant=".length);
const dryRun = args.includes("--dry-run");
if (!tenant || !/^ten_[A-Za-z0-9_-]+$/.test(tenant)) {
  console.error("usage: npm run loyalty:backfill -- --tenant=ten_… [--dry-run]");
  process.exit(2);
}

const base = (process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`).replace(/\/$/, "");
const url = new URL(`${base}/ops/loyalty-backfill`);
url.searchParams.set("tenant", tenant);
if (dryRun) url.searchParams.set("dryRun", "true");
const response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${process.env.OPS_TOKEN ?? DEV_OPS_TOKEN}` } });
if (!response.ok) {
  console.error(`${url} answered ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const report = (await response.json()) as { unlinkedReservations: number; guests: number; tierChanges: Array<{ guestId: string; from: string | null; to: string | null; figures: { stays: number; nights: number } }> };
console.log(`${dryRun ? "Dry run: would link" : "Linked"} ${report.unlinkedReservations} reservations to guests; ${report.guests} guests checked.`);
for (const change of report.tierChanges) console.log(`  ${change.guestId}: ${change.from ?? "—"} → ${change.to ?? "—"} (${change.figures.stays} stays, ${change.figures.nights} nights)`);
console.log(`${report.tierChanges.length} tier ${report.tierChanges.length === 1 ? "change" : "changes"}${dryRun ? " would be recorded" : " recorded"}.`);
