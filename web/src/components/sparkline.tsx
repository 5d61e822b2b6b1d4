/**
 * A spending plan in a table cell: the cumulative percent at each checkpoint over the year (January to
 * December, 0–100 %), drawn as a small line; blank checkpoints (no commitment) are left out, not drawn as 0.
 */
export interface SparkPoint {
  month: number;
  percent: number | null;
}

const width = 96;
const height = 24;
const x = (month: number) => ((month - 0) / 12) * (width - 4) + 2;
const y = (percent: number) => height - 2 - (Math.min(Math.max(percent, 0), 100) / 100) * (height - 4);

export function Sparkline({ points }: { points: SparkPoint[] }) {
  const committed = points.filter((point): point is { month: number; percent: number } => point.percent !== null);
  const label = points.map((point) => `${point.month}月底 ${point.percent === null ? '—' : `${point.percent}%`}`).join('，');
  if (committed.length === 0) return <span style={{ color: '#999' }}>未填</span>;
  const path = [{ month: 0, percent: 0 }, ...committed].map((point) => `${x(point.month).toFixed(1)},${y(point.percent).toFixed(1)}`).join(' ');
  return (
    <svg width={width} height={height} role="img" aria-label={`资金支出计划：${label}`} style={{ verticalAlign: 'middle' }}>
      <title>{`资金支出计划：${label}`}</title>
      <line x1={2} y1={height - 2} x2={width - 2} y2={height - 2} stroke="#e5e5e5" />
      <polyline points={path} fill="none" stroke="#1f5fbf" strokeWidth={1.5} />
      {committed.map((point) => (
        <circle key={point.month} cx={x(point.month)} cy={y(point.percent)} r={2} fill="#1f5fbf" />
      ))}
    </svg>
  );
}
