export * from "./tenancy";
export * from "./accommodations";
export * from "./reservations";
export * from "./read-model";
export * from "./settings";
export * from "./webhook-events";
export * from "./alerts";
export * from "./ical-feeds";
