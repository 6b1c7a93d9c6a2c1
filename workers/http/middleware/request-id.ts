import { requestId as honoRequestId } from "hono/request-id";

/**
 * Gives every request an id, echoed as `x-request-id` (problem bodies and log lines carry it).
 * A well-formed incoming id is kept, so a caller can follow one request across systems.
 */
export const requestId = () => honoRequestId({ headerName: "x-request-id", limitLength: 128 });
