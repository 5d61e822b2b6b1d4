/** The indicator block of the monitoring table (domain.md §6): one row per indicator, in the order of the target table. */
import { GridHead } from '../../components/grid-head';
import { useReportEditing } from './report-context';
import { IndicatorReportRow } from './indicator-report-row';

/** Column widths fit 部分达成 and 完全不可能 in their selects at a 1024 px window. */
export function ReportGrid() {
  const { project, draft, months } = useReportEditing();
  return (
    <table className="form-grid report-grid" data-testid="report-grid">
      <GridHead columns={[['三级指标', 12], ['年度指标值', 8], [`${months}执行情况`, 13], ['全年预计完成情况', 13], ['完成目标可能性', 14], ['偏差原因分析', 17], ['备注', 12], ['整改措施', 11]]} />
      <tbody>
        {project.indicators.map((indicator) => {
          const row = draft.indicators.find((entry) => entry.indicatorId === indicator.id);
          return row ? <IndicatorReportRow key={indicator.id} indicator={indicator} row={row} /> : null;
        })}
      </tbody>
    </table>
  );
}
