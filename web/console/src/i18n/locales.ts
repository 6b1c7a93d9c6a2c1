export const LOCALES = ["es-AR", "en", "pt-BR"] as const;
export type Locale = (typeof LOCALES)[number];

/** Every screen keeps its own strings, one dictionary per locale with the same keys (es-AR is the reference). */
export type Messages<Keys extends string> = Record<"es-AR", Record<Keys, string>> & Record<Exclude<Locale, "es-AR">, Record<Keys, string>>;
