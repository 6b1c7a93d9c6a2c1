import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useLocale, useMessages } from "../../i18n/i18n";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { moneyToInput, numberToInput, readMoney, readNumber, valueOf } from "../../ui/number-input";
import { useToast } from "../../ui/toast";
import { messages, type UnitMessage } from "./messages";
import styles from "./units.module.css";

type Unit = Schemas["Accommodation"];
type Input = Schemas["AccommodationInput"];
type Amenity = NonNullable<Input["amenities"]>[number];
type Pricing = NonNullable<Input["pricing"]>;
const AMENITIES: Amenity[] = ["wifi", "pileta", "pet_friendly", "cochera", "parrilla", "aire"];
const TYPES: Input["type"][] = ["cabin", "apartment", "house", "room"];

// Mirrors the API's limits, so a wrong value is explained in the person's language before sending.
const PRICE = { min: 0, max: 100_000_000_000 };
const MULTIPLIER = { min: 0.01, max: 10 };

interface Season {
  from: string;
  to: string;
  price: string;
}

/** Creates or edits a unit; the API's field errors land on the matching inputs. */
export function UnitForm({ unit, currency, onSaved, onCancel }: { unit: Unit | null; currency: string; onSaved: (unit: Unit) => void; onCancel: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const pricing = (unit?.pricing ?? {}) as Pricing;
  // Prices are typed in major units (pesos, the locale's separators) and sent in minor units (centavos).
  const moneyText = (minor: number) => moneyToInput({ amount: minor, currency }, locale);
  const [name, setName] = useState(unit?.name ?? "");
  const [type, setType] = useState<Input["type"]>((unit?.type as Input["type"]) ?? "cabin");
  const [capacity, setCapacity] = useState(numberToInput(unit?.capacity ?? 4, locale));
  const [basePrice, setBasePrice] = useState(unit ? moneyText(unit.basePrice.amount) : "");
  const [minStay, setMinStay] = useState(numberToInput(unit?.minStay ?? 1, locale));
  const [checkInTime, setCheckInTime] = useState(unit?.checkInTime ?? "14:00");
  const [checkOutTime, setCheckOutTime] = useState(unit?.checkOutTime ?? "10:00");
  const [depositPercent, setDepositPercent] = useState(numberToInput(unit?.depositPercent ?? 30, locale));
  const [amenities, setAmenities] = useState<Amenity[]>((unit?.amenities as Amenity[]) ?? []);
  const [weekend, setWeekend] = useState(numberToInput(pricing.weekendMultiplier ?? 1, locale));
  const [holiday, setHoliday] = useState(numberToInput(pricing.holidayMultiplier ?? 1, locale));
  const [holidaysAR, setHolidaysAR] = useState(pricing.holidays === "AR");
  const [seasons, setSeasons] = useState<Season[]>((pricing.seasons ?? []).map((s) => ({ from: s.from, to: s.to, price: s.price ? moneyText(s.price.amount) : "" })));
  const [extraGuestFee, setExtraGuestFee] = useState(pricing.extraGuestFee ? moneyText(pricing.extraGuestFee.amount.amount) : "");
  const [extraGuestFrom, setExtraGuestFrom] = useState(pricing.extraGuestFee ? numberToInput(pricing.extraGuestFee.fromGuest, locale) : "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  // Every number field blocks the submit while it cannot be read, so here each is a number or empty.
  const money = (text: string) => valueOf(readMoney(text, locale, currency));
  const count = (text: string) => valueOf(readNumber(text, locale));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const base = money(basePrice);
    if (base === null) return;
    const fee = money(extraGuestFee);
    const feeFrom = count(extraGuestFrom);
    setBusy(true);
    setErrors({});
    const body: Input = {
      name,
      type,
      capacity: count(capacity) ?? 0,
      basePrice: { amount: base, currency },
      minStay: count(minStay) ?? 1,
      checkInTime,
      checkOutTime,
      depositPercent: count(depositPercent) ?? 0,
      amenities,
      pricing: {
        weekendMultiplier: count(weekend) ?? 1,
        holidayMultiplier: count(holiday) ?? 1,
        holidays: holidaysAR ? "AR" : null,
        seasons: seasons.filter((s) => s.from && s.to).map((s) => {
          const price = money(s.price);
          return { from: s.from, to: s.to, ...(price !== null ? { price: { amount: price, currency } } : {}) };
        }),
        // Sent whenever the form has it, so saving the form never drops a fee set elsewhere.
        ...(fee !== null ? { extraGuestFee: { fromGuest: feeFrom ?? 1, amount: { amount: fee, currency } } } : {}),
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
        <NumberField label={t("capacity")} rules={{ integer: true, min: 1, max: 50 }} value={capacity} onChange={setCapacity} required error={errors.capacity} />
      </div>
      <div className={styles.row}>
        <NumberField label={`${t("basePrice")} (${currency})`} currency={currency} rules={PRICE} unit={t("perNight")} value={basePrice} onChange={setBasePrice} required error={errors["basePrice.amount"] ?? errors.basePrice} />
        <NumberField label={t("minStay")} rules={{ integer: true, min: 1, max: 60 }} value={minStay} onChange={setMinStay} required error={errors.minStay} />
        <NumberField label={t("depositPercent")} rules={{ integer: true, min: 0, max: 100 }} unit="%" value={depositPercent} onChange={setDepositPercent} required error={errors.depositPercent} />
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
        <NumberField label={t("weekendMultiplier")} rules={MULTIPLIER} unit={t("timesBasePrice")} value={weekend} onChange={setWeekend} required error={errors["pricing.weekendMultiplier"]} />
        <NumberField label={t("holidayMultiplier")} rules={MULTIPLIER} unit={t("timesBasePrice")} value={holiday} onChange={setHoliday} required error={errors["pricing.holidayMultiplier"]} />
      </div>
      <div className={styles.row}>
        <NumberField
          label={`${t("extraGuestFee")} (${currency})`}
          currency={currency}
          rules={PRICE}
          unit={t("perNight")}
          value={extraGuestFee}
          onChange={setExtraGuestFee}
          error={errors["pricing.extraGuestFee.amount.amount"] ?? errors["pricing.extraGuestFee"]}
        />
        <NumberField label={t("extraGuestFrom")} rules={{ integer: true, min: 1, max: 50 }} value={extraGuestFrom} onChange={setExtraGuestFrom} required={extraGuestFee.trim() !== ""} error={errors["pricing.extraGuestFee.fromGuest"]} />
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
            <NumberField label={`${t("seasonPrice")} (${currency})`} currency={currency} rules={PRICE} unit={t("perNight")} value={season.price} onChange={(price) => setSeason(index, { price })} error={errors[`pricing.seasons.${index}.price.amount`]} />
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
