import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { presentAccommodation } from "../../../accommodations/accommodations";
import { findAvailableAccommodations, searchDatabase } from "../../../bookings/availability";
import { authErrors, jsonResponse, security } from "../../common";
import { stayQuoter } from "../../../bookings/quotes";
import { quoteSchema, stayQuery } from "../accommodations/quote";
import { accommodation } from "../accommodations/schema";
import type { AccommodationRow } from "../../../accommodations/accommodations";

const route = createRoute({
  method: "get",
  path: "/v1/availability",
  tags: ["Accommodations"],
  summary: "Units free for every night of the stay, each with its quote",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: { query: stayQuery.extend({ type: z.enum(["cabin", "apartment", "house", "room"]).optional() }) },
  responses: {
    200: jsonResponse("Free units", z.object({ data: z.array(z.object({ accommodation, quote: quoteSchema })) })),
    ...authErrors,
  },
});

type Presented = Awaited<ReturnType<typeof presentAccommodation>>;

/** How many presented units one isolate keeps (about a kilobyte each). */
const PRESENTED_CACHE_SIZE = 2_000;
const presentedCache = new Map<string, Presented>();
let presentedFor = { secretsKey: "", publicBaseUrl: "" };

/** Freezes a presented unit and everything in it: one object is shared by every search that lists it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * presentAccommodation, remembered per isolate. Presenting opens each unit's sealed iCal token
 * (AES-GCM), which was the largest cost of a search over hundreds of units after the query. The
 * answer depends only on the row and two settings: the key is the whole row, and a change of settings
 * empties the cache, so any change to a unit (a rename, new prices, a rotated token) is a new key,
 * never a stale answer. Least recently used goes first.
 */
async function presentCached(row: AccommodationRow, secretsKey: string, publicBaseUrl: string): Promise<Presented> {
  if (presentedFor.secretsKey !== secretsKey || presentedFor.publicBaseUrl !== publicBaseUrl) {
    presentedCache.clear();
    presentedFor = { secretsKey, publicBaseUrl };
  }
  const key = JSON.stringify(row);
  const hit = presentedCache.get(key);
  if (hit) {
    presentedCache.delete(key);
    presentedCache.set(key, hit);
    return hit;
  }
  const presented = deepFreeze(await presentAccommodation(row, secretsKey, publicBaseUrl));
  presentedCache.set(key, presented);
  if (presentedCache.size > PRESENTED_CACHE_SIZE) presentedCache.delete(presentedCache.keys().next().value!);
  return presented;
}

export function registerAvailability(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const { secretsKey, publicBaseUrl } = c.get("config");
    const rows = await findAvailableAccommodations(searchDatabase(c.env.DB), c.get("principal").tenantId, query);
    const quoteUnit = stayQuoter(query);
    const data = [];
    for (const row of rows) {
      const accommodation = await presentCached(row, secretsKey, publicBaseUrl);
      const quote = quoteUnit(row);
      // A unit whose rules refuse this stay (e.g. its minimum stay) is not an offer.
      if (quote) data.push({ accommodation, quote });
    }
    return c.json({ data }, 200);
  });
}
