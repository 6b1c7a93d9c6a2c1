import { describe, expect, it } from "vitest";
import { buildApp } from "../../../workers/http/app";

describe("the API's router", () => {
  // Hono tries its RegExpRouter first, which matches every route with one regular expression, and
  // falls back without a word to a trie walked segment by segment when one path is beyond it (a
  // static segment beside a parameter with more segments after both, as /v1/guests/merges/{id}/undo
  // beside /v1/guests/{id}/merge). With 650 routes the trie cost every request more than any
  // middleware; a route that brings it back fails here instead.
  it("matches every request with the RegExpRouter, not the trie fallback", () => {
    const app = buildApp();
    app.router.match("POST", "/v1/reservations");
    expect((app.router as unknown as { activeRouter: { name: string } }).activeRouter.name).toBe("RegExpRouter");
  });
});
