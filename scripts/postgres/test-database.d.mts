export const TEMPLATE: string;
export const FILE_DATABASE_PREFIX: string;
export function stopTestPostgres(): Promise<void>;
export function startTestPostgres(): Promise<{ bindings: Record<string, string | Array<{ name: string; queries: string[] }>>; close: () => Promise<void> }>;
