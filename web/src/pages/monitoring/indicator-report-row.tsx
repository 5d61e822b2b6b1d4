/**
 * One indicator row of the monitoring table: 三级指标 with its light, 年度指标值, 1—N月执行情况, 全年预计完成情况,
 * 完成目标可能性, 偏差原因分析 (five causes, each with its text), 备注, 整改措施. The cells a likelihood makes
 * required are shaded (有可能: a cause and a remark; 完全不可能: a cause and a rectification action).
 */
import { Checkbox, Input, Select } from 'antd';
import { deviationCauseKinds, deviationCauseLabels, likelihoodLabels, likelihoods, progressStatusLabels, progressStatuses, type DeviationCauseKind, type Likelihood } from '../../../../src/core/monitoring/types';
import { requiredExplanations } from '../../../../src/core/monitoring/validate-report';
import type { IndicatorLightJson, MonitoringProjectJson } from '../../api/monitoring';
import { GridCell } from '../../components/grid-cell';
import { LightDot, type LightFigure } from '../../components/lights';
import { reportCell } from './report-cells';
import { useReportEditing } from './report-context';
import { takesNumber, type IndicatorDraft } from './report-draft';

type IndicatorJson = MonitoringProjectJson['indicators'][number];

const ruleLabels: Record<IndicatorLightJson['inputs']['rule'], string> = {
  higher: '越高越好：完成值 ÷（指标值 × 已过时间）',
  lower: '越低越好：不超过按时间折算的上限',
  zero: '指标值为0：完成值应为0',
  range: '区间：完成值 ÷（下限 × 已过时间）',
  deadline: '完成时限',
  qualitative: '定性：达成、部分达成、未达成',
  'not-judged': '未判断',
};

export function indicatorFigures(light: IndicatorLightJson): LightFigure[] {
  const { inputs } = light;
  return [
    { label: '年度指标值', value: inputs.target },
    { label: '执行情况', value: inputs.progress ?? '未填报' },
    { label: '已过时间', value: inputs.elapsedPercent === null ? '—' : `${inputs.elapsedPercent}%` },
    { label: '判断规则', value: ruleLabels[inputs.rule] },
  ];
}

const statusOptions = progressStatuses.map((status) => ({ value: status, label: progressStatusLabels[status] }));

function ProgressCell({ indicator, row, field, label }: { indicator: IndicatorJson; row: IndicatorDraft; field: 'progress' | 'expected'; label: string }) {
  const { editable, problems, findingsOf, setRow } = useReportEditing();
  const cell = reportCell(indicator.id, field);
  const isNumber = takesNumber(indicator);
  const unit = indicator.target.unit ?? '';
  const shown = isNumber ? (row[field] ? `${row[field]}${unit}` : '—') : (statusOptions.find((option) => option.value === row[field])?.label ?? '—');
  const editor = isNumber ? (
    <Input size="small" inputMode="decimal" value={row[field]} suffix={unit || undefined} aria-label={label} onChange={(event) => setRow(indicator.id, { [field]: event.target.value })} />
  ) : (
    <Select<string> size="small" allowClear value={row[field] || undefined} placeholder="请选择" options={statusOptions} aria-label={label} onChange={(value) => setRow(indicator.id, { [field]: value ?? '' })} />
  );
  return (
    <GridCell cell={cell} problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? editor : <span>{shown}</span>}
    </GridCell>
  );
}

function LikelihoodCell({ indicator, row }: { indicator: IndicatorJson; row: IndicatorDraft }) {
  const { editable, problems, findingsOf, setRow } = useReportEditing();
  const cell = reportCell(indicator.id, 'likelihood');
  const choose = (likelihood: Likelihood | undefined) => setRow(indicator.id, likelihood === 'impossible' ? { likelihood, rectificationNeeded: true } : { likelihood: likelihood ?? null });
  return (
    <GridCell cell={cell} problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? (
        <Select<Likelihood> size="small" allowClear value={row.likelihood ?? undefined} placeholder="请选择" aria-label={`完成目标可能性：${indicator.name}`} options={likelihoods.map((value) => ({ value, label: likelihoodLabels[value] }))} onChange={choose} />
      ) : (
        <span>{row.likelihood ? likelihoodLabels[row.likelihood] : '—'}</span>
      )}
    </GridCell>
  );
}

function CausesCell({ indicator, row }: { indicator: IndicatorJson; row: IndicatorDraft }) {
  const { editable, problems, findingsOf, setRow } = useReportEditing();
  const cell = reportCell(indicator.id, 'causes');
  const kinds = row.causes.map((cause) => cause.kind);
  const choose = (chosen: DeviationCauseKind[]) => setRow(indicator.id, { causes: deviationCauseKinds.filter((kind) => chosen.includes(kind)).map((kind) => ({ kind, text: row.causes.find((cause) => cause.kind === kind)?.text ?? '' })) });
  const write = (kind: DeviationCauseKind, text: string) => setRow(indicator.id, { causes: row.causes.map((cause) => (cause.kind === kind ? { kind, text } : cause)) });
  if (!editable) {
    return (
      <GridCell cell={cell} findings={findingsOf(cell)}>
        {row.causes.length === 0 ? '—' : row.causes.map((cause) => <div key={cause.kind} className="cell-text"><strong>{deviationCauseLabels[cause.kind]}：</strong>{cause.text}</div>)}
      </GridCell>
    );
  }
  return (
    <GridCell cell={cell} required={requiredExplanations(row.likelihood, row.rectificationNeeded).causes} problem={problems.get(cell)} findings={findingsOf(cell)}>
      <Select<DeviationCauseKind[]> size="small" mode="multiple" value={kinds} placeholder="选择原因" aria-label={`偏差原因：${indicator.name}`} options={deviationCauseKinds.map((kind) => ({ value: kind, label: deviationCauseLabels[kind] }))} onChange={choose} />
      {row.causes.map((cause) => (
        <Input.TextArea key={cause.kind} autoSize={{ minRows: 1, maxRows: 4 }} value={cause.text} placeholder={`${deviationCauseLabels[cause.kind]}：具体情况`} aria-label={`${deviationCauseLabels[cause.kind]}的具体情况：${indicator.name}`} onChange={(event) => write(cause.kind, event.target.value)} style={{ marginTop: 4 }} />
      ))}
    </GridCell>
  );
}

function RemarkCell({ indicator, row }: { indicator: IndicatorJson; row: IndicatorDraft }) {
  const { editable, problems, findingsOf, setRow } = useReportEditing();
  const cell = reportCell(indicator.id, 'remark');
  return (
    <GridCell cell={cell} required={editable && requiredExplanations(row.likelihood, row.rectificationNeeded).remark} problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} value={row.remark} aria-label={`备注：${indicator.name}`} onChange={(event) => setRow(indicator.id, { remark: event.target.value })} /> : <span className="cell-text">{row.remark || '—'}</span>}
    </GridCell>
  );
}

function RectificationCell({ indicator, row }: { indicator: IndicatorJson; row: IndicatorDraft }) {
  const { editable, problems, findingsOf, setRow } = useReportEditing();
  const cell = reportCell(indicator.id, 'rectification');
  const forced = row.likelihood === 'impossible';
  if (!editable) {
    return <GridCell cell={cell} findings={findingsOf(cell)}>{row.rectificationNeeded ? <span className="cell-text">{row.rectificationAction || '需要整改'}</span> : '—'}</GridCell>;
  }
  return (
    <GridCell cell={cell} required={requiredExplanations(row.likelihood, row.rectificationNeeded).rectification} problem={problems.get(cell)} findings={findingsOf(cell)}>
      <Checkbox checked={row.rectificationNeeded} disabled={forced && row.rectificationNeeded} onChange={(event) => setRow(indicator.id, { rectificationNeeded: event.target.checked })}>需要整改</Checkbox>
      {row.rectificationNeeded ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} value={row.rectificationAction} placeholder="整改措施" aria-label={`整改措施：${indicator.name}`} onChange={(event) => setRow(indicator.id, { rectificationAction: event.target.value })} style={{ marginTop: 4 }} /> : null}
    </GridCell>
  );
}

export function IndicatorReportRow({ indicator, row }: { indicator: IndicatorJson; row: IndicatorDraft }) {
  const { months, findingsOf, highlightedIndicatorId } = useReportEditing();
  const nameCell = reportCell(indicator.id, 'name');
  return (
    <tr data-indicator={indicator.id} className={highlightedIndicatorId === indicator.id ? 'highlighted' : undefined}>
      <GridCell cell={nameCell} findings={findingsOf(nameCell)}>
        <div className="cell-sub">{indicator.level2}</div>
        <span style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline' }}>
          <LightDot color={indicator.light.color} explanation={indicator.light.explanation} figures={indicatorFigures(indicator.light)} subject={indicator.name} />
          <span>{indicator.name}</span>
        </span>
      </GridCell>
      <td className="cell-text">{indicator.target.raw}</td>
      <ProgressCell indicator={indicator} row={row} field="progress" label={`${months}执行情况：${indicator.name}`} />
      <ProgressCell indicator={indicator} row={row} field="expected" label={`全年预计完成情况：${indicator.name}`} />
      <LikelihoodCell indicator={indicator} row={row} />
      <CausesCell indicator={indicator} row={row} />
      <RemarkCell indicator={indicator} row={row} />
      <RectificationCell indicator={indicator} row={row} />
    </tr>
  );
}
