import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

/** A problem+json answer from the API, thrown by `unwrap`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: { path: string; message: string }[] = [],
    /** From a 429: how long until trying again can succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail || code);
  }
}

let sessionToken: string | null = null;
let onUnauthorized: () => void = () => {};

/** The session module sets the bearer token and what happens when the API stops accepting it. */
export function setApiSession(token: string | null, whenUnauthorized: () => void = () => {}) {
  sessionToken = token;
  onUnauthorized = whenUnauthorized;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (sessionToken) request.headers.set("authorization", `Bearer ${sessionToken}`);
    return request;
  },
  onResponse({ response, request }) {
    // A 401 on anything but sign-in means the session ended (expired, user removed).
    if (response.status === 401 && !new URL(request.url).pathname.startsWith("/v1/sessions")) onUnauthorized();
    return response;
  },
};

/** Typed client: paths, parameters and answers all come from the generated contract. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? "" });
api.use(auth);

/** Returns the answer's data or throws the API's problem as an `ApiProblem`. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as { code?: string; detail?: string; title?: string; errors?: { path: string; message: string }[]; retryAfterSeconds?: number };
  const retryAfter = problem.retryAfterSeconds ?? (Number(response.headers.get("retry-after")) || undefined);
  throw new ApiProblem(response.status, problem.code ?? "http_error", problem.detail ?? problem.title ?? response.statusText, problem.errors, retryAfter);
}

/** The API's per-field messages (problem+json `errors`) keyed by path, for showing on each input. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiProblem ? Object.fromEntries(error.errors.map((entry) => [entry.path, entry.message])) : {};
}
