import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Field, SelectField } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { messages, type UnitMessage } from "./messages";
import styles from "./units.module.css";

type Unit = Schemas["Accommodation"];
type Input = Schemas["AccommodationInput"];
type Amenity = NonNullable<Input["amenities"]>[number];
type Pricing = NonNullable<Input["pricing"]>;
const AMENITIES: Amenity[] = ["wifi", "pileta", "pet_friendly", "cochera", "parrilla", "aire"];
const TYPES: Input["type"][] = ["cabin", "apartment", "house", "room"];

// Prices are typed in major units (pesos) and sent in minor units (centavos).
const toMinor = (major: string) => Math.round(Number(major.replace(",", ".")) * 100);
const toMajor = (minor: number) => String(minor / 100);

interface Season {
  from: string;
  to: string;
  price: string;
}

/** Creates or edits a unit; the API's field errors land on the matching inputs. */
export function UnitForm({ unit, currency, onSaved, onCancel }: { unit: Unit | null; currency: string; onSaved: (unit: Unit) => void; onCancel: () => void }) {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const pricing = (unit?.pricing ?? {}) as Pricing;
  const [name, setName] = useState(unit?.name ?? "");
  const [type, setType] = useState<Input["type"]>((unit?.type as Input["type"]) ?? "cabin");
  const [capacity, setCapacity] = useState(String(unit?.capacity ?? 4));
  const [basePrice, setBasePrice] = useState(unit ? toMajor(unit.basePrice.amount) : "");
  const [minStay, setMinStay] = useState(String(unit?.minStay ?? 1));
  const [checkInTime, setCheckInTime] = useState(unit?.checkInTime ?? "14:00");
  const [checkOutTime, setCheckOutTime] = useState(unit?.checkOutTime ?? "10:00");
  const [depositPercent, setDepositPercent] = useState(String(unit?.depositPercent ?? 30));
  const [amenities, setAmenities] = useState<Amenity[]>((unit?.amenities as Amenity[]) ?? []);
  const [weekend, setWeekend] = useState(String(pricing.weekendMultiplier ?? 1));
  const [holiday, setHoliday] = useState(String(pricing.holidayMultiplier ?? 1));
  const [holidaysAR, setHolidaysAR] = useState(pricing.holidays === "AR");
  const [seasons, setSeasons] = useState<Season[]>((pricing.seasons ?? []).map((s) => ({ from: s.from, to: s.to, price: s.price ? toMajor(s.price.amount) : "" })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const body: Input = {
      name,
      type,
      capacity: Number(capacity),
      basePrice: { amount: toMinor(basePrice), currency },
      minStay: Number(minStay),
      checkInTime,
      checkOutTime,
      depositPercent: Number(depositPercent),
      amenities,
      pricing: {
        weekendMultiplier: Number(weekend),
        holidayMultiplier: Number(holiday),
        holidays: holidaysAR ? "AR" : null,
        seasons: seasons.filter((s) => s.from && s.to).map((s) => ({ from: s.from, to: s.to, ...(s.price ? { price: { amount: toMinor(s.price), currency } } : {}) })),
      },
    };
    try {
      const saved = unit
        ? await unwrap(api.PATCH("/v1/accommodations/{id}", { params: { path: { id: unit.id } }, body }))
        : await unwrap(api.POST("/v1/accommodations", { body }));
      notify(unit ? t("saved") : t("created"));
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const setSeason = (index: number, patch: Partial<Season>) => setSeasons((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <form className="card" onSubmit={save} aria-labelledby="unit-form-title">
      <h2 id="unit-form-title">{unit ? `${t("edit")}: ${unit.name}` : t("newUnit")}</h2>
      <Field label={t("name")} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} error={errors.name} />
      <div className={styles.row}>
        <SelectField label={t("type")} value={type} onChange={(e) => setType(e.target.value as Input["type"])} options={TYPES.map((value) => ({ value, label: t(value as UnitMessage) }))} />
        <Field label={t("capacity")} type="number" min={1} max={50} value={capacity} onChange={(e) => setCapacity(e.target.value)} error={errors.capacity} />
      </div>
      <div className={styles.row}>
        <Field label={`${t("basePrice")} (${currency})`} inputMode="decimal" value={basePrice} onChange={(e) => setBasePrice(e.target.value)} required error={errors["basePrice.amount"] ?? errors.basePrice} />
        <Field label={t("minStay")} type="number" min={1} max={60} value={minStay} onChange={(e) => setMinStay(e.target.value)} error={errors.minStay} />
        <Field label={t("depositPercent")} type="number" min={0} max={100} value={depositPercent} onChange={(e) => setDepositPercent(e.target.value)} error={errors.depositPercent} />
      </div>
      <div className={styles.row}>
        <Field label={t("checkInTime")} type="time" value={checkInTime} onChange={(e) => setCheckInTime(e.target.value)} error={errors.checkInTime} />
        <Field label={t("checkOutTime")} type="time" value={checkOutTime} onChange={(e) => setCheckOutTime(e.target.value)} error={errors.checkOutTime} />
      </div>
      <fieldset className={styles.checks}>
        <legend>{t("amenities")}</legend>
        {AMENITIES.map((amenity) => (
          <label key={amenity}>
            <input type="checkbox" checked={amenities.includes(amenity)} onChange={(e) => setAmenities((current) => (e.target.checked ? [...current, amenity] : current.filter((a) => a !== amenity)))} />
            {t(amenity)}
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Field label={t("weekendMultiplier")} inputMode="decimal" value={weekend} onChange={(e) => setWeekend(e.target.value)} error={errors["pricing.weekendMultiplier"]} />
        <Field label={t("holidayMultiplier")} inputMode="decimal" value={holiday} onChange={(e) => setHoliday(e.target.value)} error={errors["pricing.holidayMultiplier"]} />
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={holidaysAR} onChange={(e) => setHolidaysAR(e.target.checked)} />
        {t("holidaysAR")}
      </label>
      <fieldset className={styles.checks} style={{ display: "block" }}>
        <legend>{t("seasons")}</legend>
        {seasons.map((season, index) => (
          <div key={index} className={styles.season}>
            <Field label={t("seasonFrom")} type="date" value={season.from} onChange={(e) => setSeason(index, { from: e.target.value })} />
            <Field label={t("seasonTo")} type="date" value={season.to} onChange={(e) => setSeason(index, { to: e.target.value })} />
            <Field label={t("seasonPrice")} inputMode="decimal" value={season.price} onChange={(e) => setSeason(index, { price: e.target.value })} />
            <button type="button" className="button button--quiet" onClick={() => setSeasons((current) => current.filter((_, i) => i !== index))}>
              {t("removeSeason")}
            </button>
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => setSeasons((current) => [...current, { from: "", to: "", price: "" }])}>
          {t("addSeason")}
        </button>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy}>
          {t("save")}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
