CREATE TABLE "guest_check_ins" (
	"reservation_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"status" text NOT NULL,
	"guests" text NOT NULL,
	"holder_birth_date" text,
	"arrival_time" text,
	"vehicle_plate" text,
	"requests" text,
	"rules_accepted_at" bigint,
	"completed_by" text,
	"completed_by_user" text,
	"started_at" bigint NOT NULL,
	"completed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "guest_id_photos" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"object_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"deleted_at" bigint
);
--> statement-breakpoint
CREATE TABLE "guest_links" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"revoked_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guest_portal_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"id_photo_retention_days" bigint DEFAULT 30 NOT NULL,
	"review_links" text NOT NULL,
	"kpi_window_days" bigint DEFAULT 7 NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guest_ratings" (
	"reservation_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"score" bigint NOT NULL,
	"comment" text,
	"via" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upsell_offers" (
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"upsell_id" text NOT NULL,
	"offered_at" bigint NOT NULL,
	CONSTRAINT "upsell_offers_reservation_id_upsell_id_pk" PRIMARY KEY("reservation_id","upsell_id")
);
--> statement-breakpoint
CREATE TABLE "upsell_purchases" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"upsell_id" text NOT NULL,
	"title" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"provider" text,
	"provider_ref" text,
	"payment_url" text,
	"provider_payment_id" text,
	"paid_at" bigint,
	"decided_by" text,
	"decided_at" bigint,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upsells" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"price" bigint NOT NULL,
	"currency" text NOT NULL,
	"accommodation_ids" text,
	"offered_when" text NOT NULL,
	"requires_approval" smallint NOT NULL,
	"active" smallint NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guest_check_ins" ADD CONSTRAINT "guest_check_ins_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_id_photos" ADD CONSTRAINT "guest_id_photos_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_links" ADD CONSTRAINT "guest_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_portal_settings" ADD CONSTRAINT "guest_portal_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_ratings" ADD CONSTRAINT "guest_ratings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upsell_offers" ADD CONSTRAINT "upsell_offers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upsell_purchases" ADD CONSTRAINT "upsell_purchases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upsells" ADD CONSTRAINT "upsells_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_check_ins_tenant_idx" ON "guest_check_ins" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "guest_id_photos_reservation_idx" ON "guest_id_photos" USING btree ("tenant_id","reservation_id");--> statement-breakpoint
CREATE INDEX "guest_id_photos_live_idx" ON "guest_id_photos" USING btree ("deleted_at");--> statement-breakpoint
CREATE INDEX "guest_links_reservation_idx" ON "guest_links" USING btree ("tenant_id","reservation_id","created_at");--> statement-breakpoint
CREATE INDEX "guest_ratings_tenant_idx" ON "guest_ratings" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "upsell_offers_tenant_idx" ON "upsell_offers" USING btree ("tenant_id","offered_at");--> statement-breakpoint
CREATE INDEX "upsell_purchases_reservation_idx" ON "upsell_purchases" USING btree ("tenant_id","reservation_id");--> statement-breakpoint
CREATE INDEX "upsell_purchases_tenant_idx" ON "upsell_purchases" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "upsells_tenant_idx" ON "upsells" USING btree ("tenant_id");