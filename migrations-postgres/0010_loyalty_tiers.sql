CREATE TABLE "guest_tier_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"guest_id" text NOT NULL,
	"from_tier" text,
	"to_tier" text,
	"reason" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_tiers" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"tiers" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guest_tier_changes" ADD CONSTRAINT "guest_tier_changes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_tiers" ADD CONSTRAINT "loyalty_tiers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_tier_changes_guest_idx" ON "guest_tier_changes" USING btree ("tenant_id","guest_id","created_at");