/** The binding metrics need: Workers Analytics Engine, present in production only. */
export interface MetricsEnv {
  METRICS?: AnalyticsEngineDataset;
}

export type MetricName = "request" | "webhook_delivery" | "outbound_message" | "calendar_sync" | "queue_lag" | "crm_sync";

export interface MetricFields {
  tenantId?: string | null;
  /** A short label: the route, the channel, the outcome. */
  route?: string;
  outcome?: string;
  status?: number;
  latencyMs?: number;
  value?: number;
}

/**
 * One data point for Workers Analytics Engine: blobs are [metric, tenant, route, outcome], doubles
 * [latency ms, status, value], indexed by tenant so per-tenant queries sample fairly. Writing never
 * waits and never fails the caller; without the binding (development, tests) it does nothing,
 * and the per-tenant summary comes from D1 (workers/ops/metrics-summary.ts).
 */
export function recordMetric(env: MetricsEnv, name: MetricName, fields: MetricFields): void {
  if (!env.METRICS) return;
  try {
    env.METRICS.writeDataPoint({
      indexes: [fields.tenantId ?? "none"],
      blobs: [name, fields.tenantId ?? "", fields.route ?? "", fields.outcome ?? ""],
      doubles: [fields.latencyMs ?? 0, fields.status ?? 0, fields.value ?? 1],
    });
  } catch {
    // Metrics are observations, never a reason for a request to fail.
  }
}
