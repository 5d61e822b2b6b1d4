/**
 * ECharts for the dashboard, with only the parts it uses registered (bar and line charts, grid, tooltip,
 * legend, the canvas renderer). Through `echarts-for-react/esm/core`: its CommonJS entry renders blank under
 * Vite 8. Options are typed with ECharts' own ComposeOption of the registered parts.
 */
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, type DataZoomComponentOption, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | DataZoomComponentOption>;

interface ChartProps {
  option: ChartOption;
  height: number;
  /** Called with the category (or series) name of a clicked bar or point. */
  onClick?: (params: { name: string; seriesName?: string; dataIndex: number }) => void;
  label: string;
}

export function Chart({ option, height, onClick, label }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} onEvents={onClick ? { click: onClick } : undefined} />
    </div>
  );
}
