// A bar chart as inline SVG, drawn on the server: no chart library and no JavaScript in the
// browser. Several series are stacked in the order given. The SVG is one image to assistive
// technology (role="img", named by its <title>, described by its <desc>); the page puts the
// same numbers in a table beside it.

export interface BarSeries {
  key: string;
  name: string;
  /** A fill with at least 3:1 contrast against white (WCAG 1.4.11). */
  color: string;
  /** One value per label; a negative value (returns outweighing sales) draws no bar. */
  values: number[];
}

export interface BarChartProps {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: BarSeries[];
  formatTick: (value: number) => string;
}

const WIDTH = 320;
const HEIGHT = 180;
const LEFT = 40;
const RIGHT = 4;
const TOP = 8;
const BOTTOM = 20;

/** Gridlines at 1, 2 or 5 × 10ⁿ, whole numbers, about four of them, the top one ≥ `max`. */
export function niceScale(max: number): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0] };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough)!,
  );
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step) };
}

const round = (value: number) => Math.round(value * 10) / 10;

export function BarChart({ id, title, description, labels, series, formatTick }: BarChartProps) {
  const stacks = labels.map((_, index) =>
    series.reduce((sum, one) => sum + Math.max(0, one.values[index] ?? 0), 0),
  );
  const { top, ticks } = niceScale(Math.max(0, ...stacks));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / labels.length;
  const barWidth = round(slot * 0.66);
  const y = (value: number) => round(TOP + plotHeight - (value / top) * plotHeight);
  const base = labels.map(() => 0);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="grid">
        {ticks.map((tick) => (
          <line key={tick} x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
        ))}
      </g>
      <g className="ticks" textAnchor="end">
        {ticks.map((tick) => (
          <text key={tick} x={LEFT - 4} y={y(tick) + 3}>
            {formatTick(tick)}
          </text>
        ))}
      </g>
      {series.map((one) => (
        <g key={one.key} fill={one.color} data-series={one.key}>
          {labels.map((label, index) => {
            const value = Math.max(0, one.values[index] ?? 0);
            if (value === 0) return null;
            const bottom = base[index]!;
            base[index] = bottom + value;
            return (
              <rect
                key={label}
                x={round(LEFT + index * slot + (slot - barWidth) / 2)}
                y={y(bottom + value)}
                width={barWidth}
                height={round(y(bottom) - y(bottom + value))}
              />
            );
          })}
        </g>
      ))}
      <g className="labels" textAnchor="middle">
        {labels.map((label, index) => (
          <text key={label} x={round(LEFT + (index + 0.5) * slot)} y={HEIGHT - 6}>
            {label}
          </text>
        ))}
      </g>
    </svg>
  );
}
