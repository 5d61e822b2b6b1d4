/**
 * The indicator block of the target table: a header row and one row per indicator, 一级 and 二级 cells merged
 * over the rows that share them (as in the Word table). Each cell edits in place; the target shows how it is read.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import type { IndicatorRecordJson } from '../../api/projects';
import { indicatorCell, indicatorFieldLabels, type IndicatorField } from './cells';
import { EditableCell } from './editable-cell';
import { rowSpansOf } from './indicator-groups';
import { useTableEditing } from './table-context';
import { LiveTargetReading, TargetTags } from './target-tags';

function IndicatorCell({ indicator, field, rowSpan }: { indicator: IndicatorRecordJson; field: IndicatorField; rowSpan?: number }) {
  const table = useTableEditing();
  const cell = indicatorCell(indicator.id, field);
  const value = field === 'target' ? indicator.target.raw : indicator[field];
  const isTarget = field === 'target';
  return (
    <EditableCell
      cell={cell}
      value={value}
      label={`${indicator.name} ${indicatorFieldLabels[field]}`}
      rowSpan={rowSpan}
      editable={table.editable}
      findings={table.findingsOf(cell)}
      highlighted={table.highlightedCell === cell}
      onSave={(text) => table.saveIndicator(indicator, field, text)}
      onMove={(direction) => table.moveIndicator(indicator.id, direction)}
      view={isTarget ? <TargetView indicator={indicator} /> : undefined}
      hint={isTarget ? (draft) => <LiveTargetReading raw={draft} /> : undefined}
    />
  );
}

function TargetView({ indicator }: { indicator: IndicatorRecordJson }) {
  return (
    <>
      <span className="cell-text">{indicator.target.raw}</span>
      <div className="target-tags">
        <TargetTags target={indicator.target} />
      </div>
    </>
  );
}

function RowActions({ indicator, first, last }: { indicator: IndicatorRecordJson; first: boolean; last: boolean }) {
  const table = useTableEditing();
  return (
    <td className="row-actions">
      <Space size={0} orientation="vertical">
        <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={first} onClick={() => table.moveIndicator(indicator.id, -1)} aria-label="上移" title="上移（Alt+↑）" />
        <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={last} onClick={() => table.moveIndicator(indicator.id, 1)} aria-label="下移" title="下移（Alt+↓）" />
        <Popconfirm title={`删除指标“${indicator.name}”？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => table.deleteIndicator(indicator)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" title="删除" />
        </Popconfirm>
      </Space>
    </td>
  );
}

export function IndicatorRows({ indicators }: { indicators: IndicatorRecordJson[] }) {
  const table = useTableEditing();
  const spans = rowSpansOf(indicators);
  return (
    <>
      <tr className="indicator-header">
        <th>一级指标</th>
        <th>二级指标</th>
        <th>三级指标</th>
        <th>绩效指标描述</th>
        <th>指标值</th>
        <th>指标值确定依据</th>
        {table.editable ? <th>操作</th> : null}
      </tr>
      {indicators.map((indicator, index) => (
        <tr key={indicator.id} data-indicator={indicator.id}>
          {spans[index]?.level1 ? <IndicatorCell indicator={indicator} field="level1" rowSpan={spans[index].level1} /> : null}
          {spans[index]?.level2 ? <IndicatorCell indicator={indicator} field="level2" rowSpan={spans[index].level2} /> : null}
          <IndicatorCell indicator={indicator} field="name" />
          <IndicatorCell indicator={indicator} field="description" />
          <IndicatorCell indicator={indicator} field="target" />
          <IndicatorCell indicator={indicator} field="basis" />
          {table.editable ? <RowActions indicator={indicator} first={index === 0} last={index === indicators.length - 1} /> : null}
        </tr>
      ))}
    </>
  );
}
