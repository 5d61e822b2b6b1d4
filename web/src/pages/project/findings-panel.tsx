/** The review findings of the project beside its table; clicking one scrolls to its cell and highlights it. */
import { Card, Segmented } from 'antd';
import { useState } from 'react';
import type { Severity } from '../../../../src/core/finding';
import type { IndicatorRecordJson } from '../../api/projects';
import type { StoredFindingJson } from '../../api/review';
import { FindingList } from '../../components/finding-list';
import { severities, severityLabels } from '../../components/labels';
import { cellOf, indicatorFieldLabels, indicatorFields, type IndicatorField } from './cells';

const projectFieldLabels: Record<string, string> = { name: '项目名称', purpose: '资金用途', goals: '绩效目标', 'budget.total': '预算数', 'budget.fiscal': '财政资金', 'budget.other': '其他资金' };

function placeOf(finding: StoredFindingJson, indicators: IndicatorRecordJson[]): string {
  const cell = cellOf(finding).split(':')[1] ?? '';
  if (!finding.indicatorId) return cell.startsWith('spendingPlan') ? '资金支出计划' : (projectFieldLabels[cell] ?? '项目');
  const index = indicators.findIndex((indicator) => indicator.id === finding.indicatorId);
  const field = (indicatorFields as readonly string[]).includes(cell) ? indicatorFieldLabels[cell as IndicatorField] : '';
  return `第 ${index + 1} 个指标“${indicators[index]?.name ?? ''}” ${field}`;
}

export function FindingsPanel({ findings, indicators, selectedId, onSelect }: { findings: StoredFindingJson[]; indicators: IndicatorRecordJson[]; selectedId: string | null; onSelect: (finding: StoredFindingJson) => void }) {
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const shown = severity === 'all' ? findings : findings.filter((finding) => finding.severity === severity);
  const options = [{ value: 'all', label: `全部 ${findings.length}` }, ...severities.map((s) => ({ value: s, label: `${severityLabels[s]} ${findings.filter((f) => f.severity === s).length}` }))];
  return (
    <Card size="small" title="审核发现" data-testid="findings-panel" styles={{ body: { padding: 0 } }}>
      <div style={{ padding: 8 }}>
        <Segmented size="small" options={options} value={severity} onChange={(value) => setSeverity(value as Severity | 'all')} />
      </div>
      <div style={{ maxHeight: 'calc(100vh - 260px)', overflowY: 'auto' }}>
        <FindingList findings={shown} onSelect={onSelect} selectedId={selectedId} placeOf={(finding) => placeOf(finding, indicators)} />
      </div>
    </Card>
  );
}
