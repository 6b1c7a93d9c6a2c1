import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../platform/env";
import { portalReservation } from "../../guest-portal/portal-stay";
import { rateStay } from "../../guest-portal/ratings";
import { jsonBody, jsonResponse } from "../common";
import { conflict, portalErrors, ratingRequest, ratingResponse, tags, tokenParam } from "./schema";
import { requireGuestToken } from "./guest-auth";

const route = createRoute({
  method: "post",
  path: "/guest-api/{token}/rating",
  tags,
  summary: "Rate the stay from 0 to 10, with an optional comment",
  description: "One rating per stay: the first one stands (`recorded: false` answers a second). A score of 6 or less alerts the lodging at once; 9 or 10 answers the lodging's review link for the channel the stay was booked through.",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam, body: jsonBody(ratingRequest) },
  responses: { 200: jsonResponse("Rated", ratingResponse), ...portalErrors, ...conflict("not_confirmed, or stay_not_started: a stay is rated once it has begun") },
});

export function registerPortalRating(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { reservation, today } = await portalReservation(c.var.db, c.env, c.var.guest);
    const body = c.req.valid("json");
    const outcome = await rateStay(c.var.db, c.env, reservation, { score: body.score, comment: body.comment ?? null, via: "portal" }, today);
    return c.json({ score: outcome.rating.score, comment: outcome.rating.comment, recorded: outcome.recorded, reviewUrl: outcome.reviewUrl }, 200);
  });
}
