/**
 * 项目: the target table as the document has it, editable in place when the unit may edit; the findings panel
 * beside it (click → the cell); the finance reviewer's grade; a conflict with another editor resolved side by side.
 */
import { Breadcrumb, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useProject, type ProjectDetailJson } from '../../api/projects';
import type { StoredFindingJson } from '../../api/review';
import { StatusTag } from '../../components/labels';
import { LoadError, PageLoading } from '../../components/page-states';
import { AddIndicatorForm } from './add-indicator-form';
import { cellOf, findingsByCell, revealCell } from './cells';
import { ConflictModal } from './conflict-modal';
import { FindingsPanel } from './findings-panel';
import { GradePanel } from './grade-panel';
import { TableEditingContext, type TableEditing } from './table-context';
import { TargetTable } from './target-table';
import { useTableSavers } from './use-table-editing';
import './project-page.css';

function Heading({ project }: { project: ProjectDetailJson }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/unit-years">单位绩效目标</Link> }, { title: <Link to={`/unit-years/${project.unitYearId}`}>{project.unit.name} {project.year} 年</Link> }, { title: project.name }]} />
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{project.name}</Typography.Title>
        <StatusTag status={project.status} />
        {project.updatedBy ? <Typography.Text type="secondary">最近由 {project.updatedBy.displayName} 修改</Typography.Text> : null}
        <Link to={`/review?unitYearId=${project.unitYearId}&projectId=${project.id}`}>在审核发现中查看</Link>
      </Space>
      {project.can.edit ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>单击单元格后按 Enter（或双击）修改；Enter 保存，Esc 取消，Tab 保存并到下一格；Alt+↑/↓ 移动指标。</Typography.Text> : null}
    </Space>
  );
}

function ProjectView({ project }: { project: ProjectDetailJson }) {
  const [selected, setSelected] = useState<StoredFindingJson | null>(null);
  const savers = useTableSavers(project);
  const byCell = useMemo(() => findingsByCell(project.findings), [project.findings]);
  const editing: TableEditing = {
    editable: project.can.edit,
    findingsOf: (cell) => byCell.get(cell) ?? [],
    highlightedCell: selected ? cellOf(selected) : null,
    saveIndicator: savers.saveIndicator,
    saveProject: savers.saveProject,
    moveIndicator: savers.moveIndicator,
    deleteIndicator: savers.deleteIndicator,
  };
  const select = (finding: StoredFindingJson) => {
    setSelected(finding);
    revealCell(cellOf(finding));
  };
  const { conflict } = savers;
  return (
    <TableEditingContext value={editing}>
      <Heading project={project} />
      <div className="project-layout">
        <div className="project-main">
          <TargetTable project={project} />
          {project.can.edit ? <AddIndicatorForm project={project} /> : null}
        </div>
        <aside className="project-side">
          <GradePanel project={project} />
          <FindingsPanel findings={project.findings} indicators={project.indicators} selectedId={selected?.id ?? null} onSelect={select} />
        </aside>
      </div>
      {conflict ? (
        <ConflictModal
          key={conflict.details.currentVersion}
          conflict={conflict}
          saving={savers.saving}
          onKeepTheirs={savers.keepTheirs}
          onSave={(changes) => void savers.sendIndicator(conflict.theirs, changes, conflict.details.currentVersion)}
        />
      ) : null}
    </TableEditingContext>
  );
}

export function ProjectPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  if (project.isPending) return <PageLoading />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  return <ProjectView project={project.data} />;
}
