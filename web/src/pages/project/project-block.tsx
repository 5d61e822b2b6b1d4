/**
 * The upper part of the target table, as in the Word document: project name, unit and code, the budget with
 * its fiscal and other funds, the use of funds, the spending plan by checkpoint, the goals.
 */
import type { ReactNode } from 'react';
import type { ProjectDetailJson } from '../../api/projects';
import { formatWan } from '../../components/format';
import { projectCell } from './cells';
import { EditableCell } from './editable-cell';
import { useTableEditing } from './table-context';

/** One project field as an editable cell. */
function ProjectCell({ field, value, label, colSpan, view }: { field: string; value: string; label: string; colSpan?: number; view?: ReactNode }) {
  const table = useTableEditing();
  const cell = projectCell(field);
  return (
    <EditableCell
      cell={cell}
      value={value}
      label={label}
      colSpan={colSpan}
      view={view}
      editable={table.editable}
      findings={table.findingsOf(cell)}
      highlighted={table.highlightedCell === cell}
      onSave={(text) => table.saveProject(field, text)}
    />
  );
}

function SpendingPlan({ project }: { project: ProjectDetailJson }) {
  return (
    <table className="inner-table">
      <tbody>
        <tr>
          {project.spendingPlan.map((checkpoint) => (
            <th key={checkpoint.checkpoint}>{checkpoint.checkpoint}</th>
          ))}
        </tr>
        <tr>
          {project.spendingPlan.map((checkpoint, index) => (
            <ProjectCell key={checkpoint.checkpoint} field={`spendingPlan[${index}]`} value={checkpoint.raw} label={`资金支出计划 ${checkpoint.checkpoint}`} view={<span className="cell-text">{checkpoint.raw || '—'}</span>} />
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function ProjectBlock({ project, columns }: { project: ProjectDetailJson; columns: number }) {
  const wide = columns - 1;
  return (
    <>
      <tr>
        <th>项目名称</th>
        <ProjectCell field="name" value={project.name} label="项目名称" colSpan={wide} />
      </tr>
      <tr>
        <th>预算单位</th>
        <td colSpan={2}>{project.unit.code}{project.unit.name}</td>
        <th>项目编码</th>
        <td colSpan={wide - 3}>{project.code}</td>
      </tr>
      <tr>
        <th>预算数（万元）</th>
        <ProjectCell field="budget.total" value={String(project.budget.total)} label="预算数" view={<span className="cell-text">{formatWan(project.budget.total)}</span>} />
        <th>其中：财政资金</th>
        <ProjectCell field="budget.fiscal" value={String(project.budget.fiscal)} label="财政资金" view={<span className="cell-text">{formatWan(project.budget.fiscal)}</span>} />
        <th>其他资金</th>
        <ProjectCell field="budget.other" value={String(project.budget.other)} label="其他资金" colSpan={wide - 4} view={<span className="cell-text">{formatWan(project.budget.other)}</span>} />
      </tr>
      <tr>
        <th>资金用途</th>
        <ProjectCell field="purpose" value={project.purpose} label="资金用途" colSpan={wide} />
      </tr>
      <tr>
        <th>资金支出计划</th>
        <td colSpan={wide} className="inner-table-cell">
          <SpendingPlan project={project} />
        </td>
      </tr>
      <tr>
        <th>绩效目标</th>
        <ProjectCell
          field="goals"
          value={project.goals.join('\n')}
          label="绩效目标（每行一条）"
          colSpan={wide}
          view={<div className="cell-text">{project.goals.map((goal, index) => <p key={index}>{goal}</p>)}</div>}
        />
      </tr>
    </>
  );
}
