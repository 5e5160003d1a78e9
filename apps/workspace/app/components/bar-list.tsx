// A bar chart drawn by the server: one row per entry, its bar's width the share of the largest
// value, the figure written beside it. No chart library and no script, so it shows on any phone
// and reads the same to a screen reader (a list of label: figure).
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The figure as written (`295.000 ₫`). */
  text: string;
}

export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <ul className="bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key}>
          <span className="bar-label">
            {bar.label}: <strong>{bar.text}</strong>
          </span>
          <span className="bar-track" aria-hidden="true">
            <span
              className="bar-fill"
              style={{ width: `${largest > 0 ? Math.max(1, (bar.value / largest) * 100) : 0}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
