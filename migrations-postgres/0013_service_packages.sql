CREATE TABLE "reservation_packages" (
	"reservation_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"package_id" text NOT NULL,
	"name" text NOT NULL,
	"adjustment_amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "reservation_packages_reservation_id_pk" PRIMARY KEY("reservation_id")
);
--> statement-breakpoint
CREATE TABLE "service_packages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"accommodation_ids" text NOT NULL,
	"min_nights" bigint NOT NULL,
	"max_nights" bigint NOT NULL,
	"price_amount" bigint,
	"currency" text,
	"discount_percent" bigint,
	"valid_from" text,
	"valid_to" text,
	"extras" text NOT NULL,
	"archived_at" bigint,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reservation_packages" ADD CONSTRAINT "reservation_packages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reservation_packages_package_idx" ON "reservation_packages" USING btree ("tenant_id","package_id");--> statement-breakpoint
CREATE INDEX "service_packages_tenant_idx" ON "service_packages" USING btree ("tenant_id","archived_at");