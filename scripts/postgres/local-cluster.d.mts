export const DEFAULT_PORT: number;
export function ensurePostgresInstalled(): string;
export function startLocalPostgres(options?: { dir?: string; port?: number; database?: string }): { url: string; port: number; database: string; stop: () => void };
export function applyPostgresMigrations(url: string, migrationsDir?: string): string[];
