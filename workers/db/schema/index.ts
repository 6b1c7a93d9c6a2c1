export * from "./tenancy";
export * from "./accommodations";
