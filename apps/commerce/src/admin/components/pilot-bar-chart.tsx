import { Text } from '@medusajs/ui';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

/**
 * Stacked bars per period, drawn as SVG (no chart library in the dashboard's bundle): one bar per
 * period, one segment per series, the total above. `onSelect` makes each bar a button.
 */
export function PilotBarChart({
  title,
  periods,
  series,
  value,
  format,
  onSelect,
}: {
  title: string;
  periods: string[];
  series: BarSeries[];
  value: (period: string, series: string) => number;
  format: (value: number) => string;
  onSelect?: (period: string) => void;
}) {
  const totals = periods.map((period) => series.reduce((sum, s) => sum + value(period, s.key), 0));
  const max = Math.max(1, ...totals);
  const width = Math.max(320, periods.length * 56);
  const height = 180;
  const bar = 32;
  const step = width / Math.max(1, periods.length);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption>
        <Text size="small" weight="plus">
          {title}
        </Text>
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-label={title}
          width={width}
          height={height + 40}
          viewBox={`0 0 ${width} ${height + 40}`}
        >
          <title>{title}</title>
          {periods.map((period, i) => {
            let top = height + 14;
            const x = i * step + (step - bar) / 2;
            return (
              <g
                key={period}
                data-period={period}
                role={onSelect ? 'button' : undefined}
                tabIndex={onSelect ? 0 : undefined}
                style={onSelect ? { cursor: 'pointer' } : undefined}
                onClick={() => onSelect?.(period)}
                onKeyDown={(event) => event.key === 'Enter' && onSelect?.(period)}
              >
                <title>{`${period}: ${format(totals[i]!)}`}</title>
                {series.map((s) => {
                  const h = (value(period, s.key) / max) * height;
                  top -= h;
                  return h > 0 ? (
                    <rect key={s.key} x={x} y={top} width={bar} height={h} fill={s.colour} />
                  ) : null;
                })}
                <text x={x + bar / 2} y={height + 32} textAnchor="middle" fontSize="10">
                  {period}
                </text>
                <text x={x + bar / 2} y={top - 3} textAnchor="middle" fontSize="9">
                  {totals[i] ? format(totals[i]!) : ''}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {series.length > 1 && (
        <div className="flex flex-wrap gap-3">
          {series.map((s) => (
            <span key={s.key} className="txt-compact-xsmall flex items-center gap-1">
              <span className="inline-block h-2 w-2 rounded-sm" style={{ background: s.colour }} />
              {s.label}
            </span>
          ))}
        </div>
      )}
    </figure>
  );
}
