/** The indicator block of the monitoring table (domain.md §6): one row per indicator, in the order of the target table. */
import { useReportEditing } from './report-context';
import { IndicatorReportRow } from './indicator-report-row';

/** Column widths fit 部分达成 and 完全不可能 in their selects at a 1024 px window. */
export function ReportGrid() {
  const { project, draft, months } = useReportEditing();
  return (
    <table className="form-grid report-grid" data-testid="report-grid">
      <colgroup>
        <col style={{ width: '12%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '17%' }} />
        <col style={{ width: '12%' }} />
        <col style={{ width: '11%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>三级指标</th>
          <th>年度指标值</th>
          <th>{months}执行情况</th>
          <th>全年预计完成情况</th>
          <th>完成目标可能性</th>
          <th>偏差原因分析</th>
          <th>备注</th>
          <th>整改措施</th>
        </tr>
      </thead>
      <tbody>
        {project.indicators.map((indicator) => {
          const row = draft.indicators.find((entry) => entry.indicatorId === indicator.id);
          return row ? <IndicatorReportRow key={indicator.id} indicator={indicator} row={row} /> : null;
        })}
      </tbody>
    </table>
  );
}
