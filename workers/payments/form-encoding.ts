/**
 * Stripe's API takes application/x-www-form-urlencoded with bracketed keys
 * (`line_items[0][price_data][currency]=ars`); this flattens a plain object into that form.
 */
export function formEncode(value: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  const visit = (prefix: string, v: unknown) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) v.forEach((item, i) => visit(`${prefix}[${i}]`, item));
    else if (typeof v === "object") for (const [k, inner] of Object.entries(v)) visit(prefix ? `${prefix}[${k}]` : k, inner);
    else form.append(prefix, String(v));
  };
  visit("", value);
  return form;
}
