import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../platform/env";

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Gives every request an id (a well-formed incoming `x-request-id` is kept), echoed on the response. */
export const requestId = () =>
  createMiddleware<AppEnv>(async function requestIdMiddleware(c, next) {
    const incoming = c.req.header("x-request-id");
    const id = incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    await next();
    c.header("x-request-id", id);
  });
