/** 项目支出绩效目标表, laid out as the Word document users know: the project block, then the indicator block. */
import type { ProjectDetailJson } from '../../api/projects';
import { IndicatorRows } from './indicator-rows';
import { ProjectBlock } from './project-block';
import { useTableEditing } from './table-context';
import './target-table.css';

export function TargetTable({ project }: { project: ProjectDetailJson }) {
  const { editable } = useTableEditing();
  const columns = editable ? 7 : 6;
  return (
    <div className="target-table-wrap">
      <div className="target-table-caption">
        <div className="target-table-title">项目支出绩效目标表</div>
        <div className="target-table-meta">
          <span>（{project.year}年度）</span>
          <span>单位：万元</span>
        </div>
      </div>
      <table className="target-table" data-testid="target-table">
        <colgroup>
          <col style={{ width: '12%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: editable ? '18%' : '22%' }} />
          {editable ? <col style={{ width: 36 }} /> : null}
        </colgroup>
        <tbody>
          <ProjectBlock project={project} columns={columns} />
          <IndicatorRows indicators={project.indicators} />
        </tbody>
      </table>
    </div>
  );
}
