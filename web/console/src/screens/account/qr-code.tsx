import { useMemo } from "react";
import { renderSVG } from "uqr";

/**
 * A QR code drawn as an <img> from an SVG data URL: the markup never enters the DOM,
 * so nothing in `value` can be interpreted as HTML.
 */
export function QrCode({ value, alt, size = 208 }: { value: string; alt: string; size?: number }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(value, { ecc: "M", border: 2 }))}`, [value]);
  return <img src={src} alt={alt} width={size} height={size} />;
}
