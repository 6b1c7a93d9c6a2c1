/** The pure date, money and pricing domain; no Node or Workers APIs. */
export * from "./dates";
export * from "./money";
export * from "./holidays/index";
export * from "./pricing";
export * from "./currency-units";
