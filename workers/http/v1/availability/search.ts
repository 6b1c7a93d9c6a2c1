import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { requireScope } from "../../middleware/auth";
import { presentUnitFields } from "../../../accommodations/accommodations";
import { findAvailableAlongside, searchDatabase } from "../../../bookings/availability";
import { authErrors, jsonResponse, preserializedJson, security } from "../../common";
import { stayQuoter } from "../../../bookings/quotes";
import { packageOfferSchema, quoteSchema, stayQuery } from "../accommodations/quote";
import { priceAdjustment } from "../reservations/schema";
import { catalogOf, packagesOnOffer, withPackage } from "../../../packages/quote-package";
import { accommodation } from "../accommodations/schema";
import type { AccommodationRow } from "../../../accommodations/accommodations";

const route = createRoute({
  method: "get",
  path: "/v1/availability",
  tags: ["Accommodations"],
  summary: "Units free for every night of the stay, each with its quote",
  description:
    "Each unit as `GET /v1/accommodations/{id}` shows it, except `doorCode` and `wifi`, always null here: they open the unit, and are told to its guests in their messages; and `icalExportUrl`, also null: the feed's address reads the calendar for as long as it is not rotated, whoever holds it.",
  security,
  middleware: [requireScope("availability:read")] as const,
  request: { query: stayQuery.extend({ type: z.enum(["cabin", "apartment", "house", "room"]).optional() }) },
  responses: {
    200: jsonResponse(
      "Free units",
      z.object({
        data: z.array(
          z.object({
            accommodation: accommodation.extend({ icalExportUrl: z.null().openapi({ description: "Never shown in a search: see the unit itself" }) }),
            quote: quoteSchema.extend({
              adjustments: z.array(priceAdjustment).optional().openapi({ description: "Present when a package fits the stay: its line, already taken into `total`" }),
              package: packageOfferSchema.optional(),
            }),
          }),
        ),
      }),
    ),
    ...authErrors,
  },
});

/**
 * A search offers units to people who have not booked, often through a partner's key that may only
 * read availability: the door code and the Wi-Fi password open the unit, so they stay with its
 * staff and its guests' messages. The calendar feed's address is a capability of its own (it keeps
 * reading the calendar after the partner's key is revoked), so it stays with the staff who give it
 * to a channel; its token is not even unsealed here. Directions and the map are what a guest
 * choosing a unit wants.
 */
const WITHHELD_FROM_SEARCH = { doorCode: null, wifi: null, icalExportUrl: null } as const;

/**
 * Each unit's presented JSON, remembered per row object: serialising a unit is most of a search's
 * answer. Rows come from the unit catalog, which hands out the same frozen object until the unit
 * changes, so a changed unit is a new key and never a stale answer.
 */
const presentedJson = new WeakMap<AccommodationRow, string>();

function presentedUnit(row: AccommodationRow): string {
  let json = presentedJson.get(row);
  if (json === undefined) {
    json = JSON.stringify({ ...presentUnitFields(row), ...WITHHELD_FROM_SEARCH });
    presentedJson.set(row, json);
  }
  return json;
}

export function registerAvailability(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const tenantId = c.get("principal").tenantId;
    const db = searchDatabase(c.env.DB);
    const [rows, packageRows] = await findAvailableAlongside(db, tenantId, query, packagesOnOffer(db, tenantId));
    const packages = await catalogOf(db, tenantId, packageRows ?? []);
    const quoteUnit = stayQuoter(query);
    const items: string[] = [];
    for (const row of rows) {
      const nights = quoteUnit(row);
      const quote = nights && (withPackage(packages, row, query, nights) ?? nights);
      // A unit whose rules refuse this stay (e.g. its minimum stay) is not an offer.
      if (quote) items.push(`{"accommodation":${presentedUnit(row)},"quote":${JSON.stringify(quote)}}`);
    }
    // Written by hand around the units' remembered JSON: the same document c.json would make.
    return preserializedJson(route, `{"data":[${items.join(",")}]}`);
  });
}
