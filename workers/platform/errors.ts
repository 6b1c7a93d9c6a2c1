import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type of the API; the error handler renders it as problem+json (RFC 9457). */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Resource") => new AppError(404, "not_found", `${what} not found`);
export const unauthorized = (detail = "Missing or invalid credentials") =>
  new AppError(401, "unauthorized", detail);
export const forbidden = (detail = "Not allowed") => new AppError(403, "forbidden", detail);
