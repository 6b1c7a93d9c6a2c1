import type { Hook } from "@hono/zod-openapi";
import { AppError, type FieldError } from "../platform/errors";
import type { AppEnv } from "../platform/env";

/** Turns a zod failure on any request part into a 400 problem with field paths. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  throw new AppError(400, "validation_failed", "The request has invalid fields", { errors });
};
