export function startSqlOverHttp(options: { postgresPort: number; port?: number }): Promise<{ endpoint: string; close: () => Promise<void> }>;
