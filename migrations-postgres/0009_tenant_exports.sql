CREATE TABLE "tenant_exports" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"status" text NOT NULL,
	"object_key" text,
	"size_bytes" bigint,
	"counts" text,
	"error" text,
	"claimed_until" bigint,
	"created_at" bigint NOT NULL,
	"completed_at" bigint,
	"downloaded_at" bigint
);
--> statement-breakpoint
ALTER TABLE "tenant_exports" ADD CONSTRAINT "tenant_exports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_exports_tenant_idx" ON "tenant_exports" USING btree ("tenant_id","created_at");