CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"at" bigint NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"changes" text,
	"ip" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "payu_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"account_id" text NOT NULL,
	"api_key_sealed" text NOT NULL,
	"countries" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "published_states" (
	"tenant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"state" text NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "published_states_tenant_id_subject_id_pk" PRIMARY KEY("tenant_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "quotation_partners" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"group_name" text NOT NULL,
	"status" text NOT NULL,
	"check_in" text NOT NULL,
	"check_out" text NOT NULL,
	"people" bigint NOT NULL,
	"deadline" text NOT NULL,
	"currency" text NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint NOT NULL,
	"reminded_at" bigint
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"subscription_id" text NOT NULL,
	"event_type" text NOT NULL,
	"event_key" text NOT NULL,
	"payload" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint,
	"claimed_until" bigint,
	"last_attempt_at" bigint,
	"response_status" bigint,
	"latency_ms" bigint,
	"response_excerpt" text,
	"last_error" text,
	"created_at" bigint NOT NULL,
	"succeeded_at" bigint
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"url" text NOT NULL,
	"events" text NOT NULL,
	"description" text,
	"secret_sealed" text NOT NULL,
	"previous_secret_sealed" text,
	"previous_secret_expires_at" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"disabled_reason" text,
	"failing_since" bigint,
	"failure_streak" bigint DEFAULT 0 NOT NULL,
	"last_success_at" bigint,
	"last_failure_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "units_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "payu_settings" ADD CONSTRAINT "payu_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_partners" ADD CONSTRAINT "quotation_partners_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_tenant_at_idx" ON "audit_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "quotation_partners_email_unique" ON "quotation_partners" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "quotations_tenant_idx" ON "quotations" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "quotations_deadline_idx" ON "quotations" USING btree ("status","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_unique" ON "webhook_deliveries" USING btree ("subscription_id","event_key");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_tenant_idx" ON "webhook_subscriptions" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "report_refresh_tenant_idx" ON "report_refresh" USING btree ("tenant_id");