/**
 * The dashboard's three charts: budget by unit (click → the unit), findings by rule family stacked by
 * severity, and each unit's budget-weighted spending plan curve (cumulative %, by month). They draw at once, without
 * animation: a reviewer reads figures, and a screenshot then shows the whole curve.
 */
import { Card, Col, Row } from 'antd';
import { useNavigate } from 'react-router';
import type { DashboardJson } from '../../api/dashboard';
import { Chart, type ChartOption } from '../../components/chart';
import { familyLabels, severities, severityLabels } from '../../components/labels';

const severityColors = { error: '#f5222d', warning: '#fa8c16', info: '#1677ff' } as const;

function budgetOption(units: DashboardJson['units']): ChartOption {
  const sorted = [...units].sort((a, b) => a.budgetTotal - b.budgetTotal);
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)} 万元` },
    xAxis: { type: 'value', name: '万元' },
    yAxis: { type: 'category', data: sorted.map((unit) => unit.unit.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: '预算数', barMaxWidth: 28, data: sorted.map((unit) => unit.budgetTotal), itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right' } }],
  };
}

function familyOption(byFamily: DashboardJson['findingsByFamily']): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: byFamily.map((entry) => familyLabels[entry.family]) },
    yAxis: { type: 'value', name: '条' },
    series: severities.map((severity) => ({ type: 'bar' as const, stack: 'findings', name: severityLabels[severity], itemStyle: { color: severityColors[severity] }, data: byFamily.map((entry) => entry.bySeverity[severity]) })),
  };
}

function curvesOption(curves: DashboardJson['spendingCurves']): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)}%` },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, index) => `${index + 1}月`), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, name: '累计 %' },
    series: curves.map((curve) => ({
      type: 'line' as const,
      name: curve.unit.name,
      connectNulls: true,
      data: Array.from({ length: 12 }, (_, index) => curve.points.find((point) => point.month === index + 1)?.percent ?? null),
    })),
  };
}

export function DashboardCharts({ dashboard }: { dashboard: DashboardJson }) {
  const navigate = useNavigate();
  const openUnit = ({ name }: { name: string }) => {
    const unit = dashboard.units.find((entry) => entry.unit.name === name);
    if (unit) navigate(`/unit-years/${unit.unitYearId}`);
  };
  const budgetHeight = Math.max(200, dashboard.units.length * 32 + 40);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title="各单位预算数（万元）">
          <Chart option={budgetOption(dashboard.units)} height={budgetHeight} onClick={openUnit} label="各单位预算数柱状图" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="审核发现（按规则类别）">
          <Chart option={familyOption(dashboard.findingsByFamily)} height={260} label="按规则类别的审核发现" />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="资金支出计划（预算加权累计 %，空白时点按相邻承诺线性插值）">
          <Chart option={curvesOption(dashboard.spendingCurves)} height={300} label="各单位资金支出计划曲线" />
        </Card>
      </Col>
    </Row>
  );
}
