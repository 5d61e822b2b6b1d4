/**
 * The checks of a saved form (monitoring report, self-evaluation) as a list under it: severity, where (the
 * indicator and the column), the message and its fix; a click takes the reader to the cell it concerns.
 */
import { List, Typography } from 'antd';
import type { Severity } from '../../../src/core/finding';
import { revealGridCell } from './grid-cell';
import { SeverityTag } from './labels';

export interface CheckItem {
  code: string;
  severity: Severity;
  /** e.g. "培训人数 · 完成目标可能性". */
  place: string;
  message: string;
  suggestion?: string;
  /** The grid cell it concerns (`data-cell`). */
  cell: string;
}

export function CheckList({ title, items }: { title: string; items: readonly CheckItem[] }) {
  return (
    <div data-testid="check-list">
      <Typography.Text strong>{title}</Typography.Text>
      {items.length > 0 ? (
        <List
          size="small"
          dataSource={[...items]}
          renderItem={(item) => (
            <List.Item data-finding-code={item.code} onClick={() => revealGridCell(item.cell)} style={{ cursor: 'pointer', paddingInline: 8 }}>
              <div>
                <SeverityTag severity={item.severity} />
                {item.place ? <Typography.Text strong style={{ fontSize: 12 }}>{item.place}</Typography.Text> : null}
                <div style={{ marginTop: 2 }}>{item.message}</div>
                {item.suggestion ? <Typography.Text type="success" style={{ fontSize: 12 }}>建议：{item.suggestion}</Typography.Text> : null}
              </div>
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}
