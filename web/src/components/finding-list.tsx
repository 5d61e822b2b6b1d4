/**
 * Review findings as a list: severity, the message and its fix, the rule's title with its explanation on
 * hover. With `onSelect`, a finding is a button that takes the reader to the cell it concerns.
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { List, Tooltip, Typography } from 'antd';
import type { StoredFindingJson } from '../api/review';
import { familyLabels, SeverityTag } from './labels';

interface FindingListProps {
  findings: StoredFindingJson[];
  onSelect?: (finding: StoredFindingJson) => void;
  selectedId?: string | null;
  /** Where the finding sits, e.g. "第3行 指标值"; shown above the message. */
  placeOf?: (finding: StoredFindingJson) => string | null;
}

export function RuleHint({ title, explanation, family }: { title: string; explanation: string; family?: StoredFindingJson['family'] }) {
  return (
    <Tooltip title={explanation}>
      <Typography.Text type="secondary" style={{ fontSize: 12, cursor: 'help' }}>
        {family ? `${familyLabels[family]} · ` : ''}
        {title} <QuestionCircleOutlined />
      </Typography.Text>
    </Tooltip>
  );
}

function FindingItem({ finding, place }: { finding: StoredFindingJson; place: string | null }) {
  return (
    <div style={{ width: '100%' }}>
      <div style={{ display: 'flex', gap: 4, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <SeverityTag severity={finding.severity} />
        {place ? <Typography.Text strong style={{ fontSize: 12 }}>{place}</Typography.Text> : null}
      </div>
      <div style={{ margin: '4px 0' }}>{finding.message}</div>
      {finding.suggestion ? <Typography.Text type="success" style={{ fontSize: 12 }}>建议：{finding.suggestion}</Typography.Text> : null}
      <div>
        <RuleHint title={finding.ruleTitle} explanation={finding.explanation} family={finding.family} />
      </div>
    </div>
  );
}

export function FindingList({ findings, onSelect, selectedId, placeOf }: FindingListProps) {
  return (
    <List
      size="small"
      dataSource={findings}
      locale={{ emptyText: '没有审核发现' }}
      renderItem={(finding) => (
        <List.Item
          key={finding.id}
          data-finding-code={finding.code}
          onClick={onSelect ? () => onSelect(finding) : undefined}
          style={{ cursor: onSelect ? 'pointer' : undefined, background: finding.id === selectedId ? '#e6f0ff' : undefined, paddingInline: 8 }}
        >
          <FindingItem finding={finding} place={placeOf?.(finding) ?? null} />
        </List.Item>
      )}
    />
  );
}
