import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface DailyPoint {
  date: string;
  occupancy: number;
  /** Room revenue in major units. */
  revenue: number;
}

const PRIMARY = "#0f5c4d";
const REVENUE = "#b7d7cf";

/**
 * Occupancy (line, left axis) and room revenue (bars, right axis) by day, drawn by uPlot on a
 * canvas sized to its box, so it fits a 360 px phone. Its own chunk: only the Reportes screen loads it.
 */
export default function DailyChart({ points, locale, labels }: { points: DailyPoint[]; locale: string; labels: { occupancy: string; revenue: string } }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    const dayLabel = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
    const data: uPlot.AlignedData = [points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / 1000), points.map((p) => p.revenue), points.map((p) => p.occupancy)];
    const options: uPlot.Options = {
      width: element.clientWidth,
      height: 220,
      // Days are the lodging's calendar days: drawn as they are, not shifted into the browser's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
      // The legend is the screen's own (in the person's language); uPlot's would add an English "Time".
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, occupancy: { range: [0, 1] }, revenue: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        { values: (_u, splits) => splits.map((s) => dayLabel.format(new Date(s * 1000))), size: 30, font: "11px system-ui" },
        { scale: "occupancy", values: (_u, splits) => splits.map((s) => percent.format(s)), size: 50, font: "11px system-ui" },
        { scale: "revenue", side: 1, values: (_u, splits) => splits.map((s) => compact.format(s)), size: 46, font: "11px system-ui", grid: { show: false } },
      ],
      series: [
        {},
        { label: labels.revenue, scale: "revenue", fill: REVENUE, stroke: REVENUE, paths: uPlot.paths.bars!({ size: [0.7, 24] }), points: { show: false } },
        { label: labels.occupancy, scale: "occupancy", stroke: PRIMARY, width: 2, points: { show: points.length <= 31 } },
      ],
    };
    const chart = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [points, locale, labels.occupancy, labels.revenue]);
  return (
    <>
      <div ref={box} aria-hidden="true" style={{ width: "100%", minWidth: 0 }} />
      <p style={{ display: "flex", flexWrap: "wrap", gap: "4px 16px", margin: "8px 0 0" }}>
        <span>
          <span aria-hidden="true" style={{ display: "inline-block", width: 14, height: 3, background: PRIMARY, verticalAlign: "middle", marginRight: 6 }} />
          {labels.occupancy}
        </span>
        <span>
          <span aria-hidden="true" style={{ display: "inline-block", width: 10, height: 10, background: REVENUE, verticalAlign: "middle", marginRight: 6 }} />
          {labels.revenue}
        </span>
      </p>
    </>
  );
}
