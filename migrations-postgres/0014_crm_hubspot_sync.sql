CREATE TABLE "crm_connections" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"access_token_sealed" text NOT NULL,
	"mode" text DEFAULT 'active' NOT NULL,
	"failure_streak" bigint DEFAULT 0 NOT NULL,
	"failing_since" bigint,
	"last_success_at" bigint,
	"last_failure_at" bigint,
	"last_error" text,
	"paused_since" bigint,
	"retry_at" bigint,
	"next_probe_at" bigint,
	"probe_attempts" bigint DEFAULT 0 NOT NULL,
	"flush_lease_until" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_sync_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"guest_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"revision" bigint DEFAULT 1 NOT NULL,
	"queued_at" bigint NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"last_attempt_at" bigint,
	"response_status" bigint,
	"latency_ms" bigint,
	"last_error" text,
	"contact_id" text,
	"succeeded_at" bigint
);
--> statement-breakpoint
CREATE INDEX "crm_connections_mode_idx" ON "crm_connections" USING btree ("mode","next_probe_at");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_sync_jobs_guest_unique" ON "crm_sync_jobs" USING btree ("tenant_id","guest_id");--> statement-breakpoint
CREATE INDEX "crm_sync_jobs_pending_idx" ON "crm_sync_jobs" USING btree ("tenant_id","status","queued_at");