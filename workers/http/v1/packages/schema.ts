import { z } from "@hono/zod-openapi";
import { isoDateSchema } from "../../../../shared/domain/dates";
import { priceSchema } from "../../../../shared/domain/money";
import { termsOf, type PackageRow } from "../../../packages/catalog";
import { isoTime } from "../../common";

const terms = {
  name: z.string().trim().min(1).max(80).openapi({ example: "Escapada romántica" }),
  accommodationIds: z.array(z.string().min(1).max(80)).min(1).max(500).openapi({ description: "The units it is sold for" }),
  minNights: z.number().int().min(1).max(365),
  maxNights: z.number().int().min(1).max(365),
  price: priceSchema.nullable().optional().openapi({ description: "The whole stay's price, extras included (minor units). Give this or discountPercent" }),
  discountPercent: z.number().int().min(1).max(90).nullable().optional().openapi({ description: "Percent off the nights' own price. Give this or price" }),
  validFrom: isoDateSchema.nullable().optional().openapi({ description: "First night it covers" }),
  validTo: isoDateSchema.nullable().optional().openapi({ description: "Last night it covers" }),
  extras: z.array(z.string().min(1).max(80)).max(20).optional().openapi({ description: "Extras of the catalog (/v1/upsells) included in the price" }),
};

type Terms = { minNights?: number; maxNights?: number; price?: unknown; discountPercent?: number | null; validFrom?: string | null; validTo?: string | null };

/** The rules between fields, checked on a whole package (a change is checked merged with what it changes). */
export const packageRules = <T extends z.ZodType<Terms>>(schema: T) =>
  schema
    .refine((p) => p.minNights === undefined || p.maxNights === undefined || p.minNights <= p.maxNights, { message: "maxNights must be at least minNights", path: ["maxNights"] })
    .refine((p) => !p.validFrom || !p.validTo || p.validFrom <= p.validTo, { message: "validTo must be on or after validFrom", path: ["validTo"] })
    .refine((p) => (p.price ?? null) === null || (p.discountPercent ?? null) === null, { message: "give a price or a discount, not both", path: ["discountPercent"] });

/** A package with every rule between its fields, as a change merged with the current terms must be. */
export const wholePackage = packageRules(z.object(terms));

export const createPackageRequest = packageRules(
  z
    .object(terms)
    .strict()
    .refine((p) => (p.price ?? null) !== null || (p.discountPercent ?? null) !== null, { message: "give a price or a discount", path: ["price"] }),
).openapi("CreatePackage");

export const updatePackageRequest = z.object(terms).partial().strict().openapi("UpdatePackage");

export const packageView = z
  .object({
    id: z.string(),
    name: z.string(),
    accommodationIds: z.array(z.string()),
    minNights: z.number().int(),
    maxNights: z.number().int(),
    price: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
    discountPercent: z.number().int().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    extras: z.array(z.string()),
    archived: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("ServicePackage");

export const presentPackage = (row: PackageRow) => ({
  ...termsOf(row),
  extras: row.extras,
  archived: row.archivedAt !== null,
  createdAt: isoTime(row.createdAt)!,
});
