import { createMiddleware } from "hono/factory";
import { database } from "../../platform/db/client";
import type { AppEnv } from "../../platform/env";

/** Puts the tenant database on the context once (`c.var.db`), so handlers never build their own client. */
export const provideDatabase = () =>
  createMiddleware<AppEnv>(async function provideDatabaseMiddleware(c, next) {
    c.set("db", database(c.env.DB));
    await next();
  });
