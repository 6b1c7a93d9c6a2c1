// Compares every calendar object with the D1 read model and prints the differences; exits 1 when
// there are any. Runs against a Worker: `npm run dev` by default, or a deployment.
//
//   npm run audit:calendars                                   the local `npm run dev` (PORT, or 8787)
//   BASE_URL=https://posada.example OPS_TOKEN=… npm run audit:calendars
//
// Each calendar flushes its outbox first, so changes in flight are not reported; run it twice and
// act on what both runs show (docs/runbooks/doble-reserva.md).
import { DEV_OPS_TOKEN } from "../workers/platform/env";

const base = (process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`).replace(/\/$/, "");
const token = process.env.OPS_TOKEN ?? DEV_OPS_TOKEN;

interface Page {
  checked: Array<{ tenantId: string; accommodationId: string; pendingOutbox: number; differences: Array<{ stayId: string; kind: string; calendar: unknown; readModel: unknown }> }>;
  next: string | null;
}

let after: string | null = null;
let calendars = 0;
let differences = 0;
let stuck = 0;
do {
  const url = new URL(`${base}/ops/calendar-audit`);
  url.searchParams.set("limit", "50");
  if (after) url.searchParams.set("after", after);
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    console.error(`${url} answered ${response.status}: ${await response.text()}`);
    process.exit(2);
  }
  const page = (await response.json()) as Page;
  for (const unit of page.checked) {
    calendars++;
    if (unit.pendingOutbox > 0) {
      stuck++;
      console.log(`${unit.tenantId} ${unit.accommodationId}: ${unit.pendingOutbox} changes still waiting to reach D1 (see the calendar_outbox_stuck alert)`);
    }
    for (const d of unit.differences) {
      differences++;
      console.log(`${unit.tenantId} ${unit.accommodationId} ${d.stayId}: ${d.kind} calendar=${JSON.stringify(d.calendar)} readModel=${JSON.stringify(d.readModel)}`);
    }
  }
  after = page.next;
} while (after);

console.log(`${calendars} calendars checked, ${differences} differences, ${stuck} with changes waiting`);
process.exit(differences > 0 ? 1 : 0);
