import { useEffect, useState } from "react";

type Formatter = (phone: string) => string;

let formatter: Formatter | null = null;
let loading: Promise<Formatter> | null = null;

/**
 * libphonenumber's metadata weighs about 30 kB gzipped, more than a screen: it comes in a chunk of
 * its own, asked for once the console has shown its first view, so no screen waits for it.
 */
export function loadPhoneFormatter(): Promise<Formatter> {
  loading ??= import("./phone-format").then((module) => (formatter = module.formatPhone));
  return loading;
}

/** A guest's phone, written as people read it, and a link that dials it. */
export function PhoneNumber({ value, dial = true }: { value: string; dial?: boolean }) {
  const [, formatted] = useState(formatter !== null);
  useEffect(() => {
    if (formatter) return;
    let mounted = true;
    void loadPhoneFormatter().then(() => mounted && formatted(true));
    return () => {
      mounted = false;
    };
  }, []);
  const shown = formatter ? formatter(value) : value;
  return dial ? <a href={`tel:${value.replace(/[^\d+]/g, "")}`}>{shown}</a> : <>{shown}</>;
}
