/**
 * Lights by unit: one horizontal bar per unit, stacked by colour (red, yellow, blue, green), in the division
 * view's order (not reported first, then red first) from the top. A click opens the unit.
 */
import { lightLabels } from '../../../../src/core/monitoring/types';
import type { DivisionRowJson } from '../../api/monitoring';
import { Chart, type ChartOption } from '../../components/chart';
import { lightHex } from '../../components/lights';

const stacked = ['red', 'yellow', 'blue', 'green'] as const;

/** The unit's label on the chart: its name, marked when it has not submitted. */
export function chartLabelOf(row: DivisionRowJson): string {
  return row.reported ? row.unit.name : `${row.unit.name}（未提交）`;
}

function optionOf(rows: readonly DivisionRowJson[]): ChartOption {
  const fromTop = [...rows].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: '个', minInterval: 1 },
    yAxis: { type: 'category', data: fromTop.map(chartLabelOf), axisLabel: { width: 180, overflow: 'truncate' } },
    series: stacked.map((color) => ({
      type: 'bar' as const,
      stack: 'lights',
      name: lightLabels[color],
      barMaxWidth: 24,
      itemStyle: { color: lightHex[color] },
      data: fromTop.map((row) => row.counts[color]),
    })),
  };
}

export function LightsChart({ rows, onOpen }: { rows: readonly DivisionRowJson[]; onOpen: (row: DivisionRowJson) => void }) {
  const open = ({ name }: { name: string }) => {
    const row = rows.find((entry) => chartLabelOf(entry) === name);
    if (row) onOpen(row);
  };
  return <Chart option={optionOf(rows)} height={Math.max(180, rows.length * 34 + 60)} onClick={open} label="各单位亮灯情况（条形图）" />;
}
