import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../platform/errors";
import type { AppEnv } from "../platform/env";
import { log } from "../../shared/log";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** Renders any thrown value as application/problem+json; only 5xx are logged. */
export function renderProblem(err: unknown, c: Context<AppEnv>): Response {
  const requestId = c.get("requestId");
  let status: ContentfulStatusCode = 500;
  let code = "internal_error";
  let detail = "Something went wrong on our side. Try again; quote the request id if it persists.";
  let extra: Record<string, unknown> = {};
  const headers: Record<string, string> = { "content-type": "application/problem+json" };

  if (err instanceof AppError) {
    status = err.status;
    code = err.code;
    detail = err.message;
    const { retryAfterSeconds, ...rest } = err.extra;
    extra = rest;
    if (retryAfterSeconds !== undefined) headers["retry-after"] = String(retryAfterSeconds);
  } else if (err instanceof HTTPException) {
    status = err.status;
    code = status === 413 ? "payload_too_large" : status === 400 ? "malformed_request" : "http_error";
    detail = err.message || TITLES[status] || "Request failed";
  }

  // An AppError is a failure we chose to report (a provider outage → 502): no stack needed.
  if (status >= 500 && err instanceof AppError) log("warn", "upstream_error", { requestId, code, detail });
  else if (status >= 500) log("error", "unhandled error", { requestId, error: describe(err) });

  const body = {
    type: `https://posada.dev/problems/${code.replace(/_/g, "-")}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    requestId,
    ...extra,
  };
  // Through the context, so headers middleware already set (x-request-id) reach error answers too.
  return c.body(JSON.stringify(body), status, headers);
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ""}` : String(err);
}
