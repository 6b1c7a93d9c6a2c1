/** Structured logging lives in shared/ so the Durable Objects can use it without importing the Worker. */
export { log } from "../../shared/log";
