/**
 * A score with its working ("执行率 = … = 86.19%；得分 = 86.19% × 10 = 8.62"): on hover or focus always, and
 * written under the score when the reader asks to see every working. While the draft has unsaved changes the
 * score is the last save's, and says so.
 */
import { Popover } from 'antd';
import { useEvaluationEditing } from './evaluation-context';

interface ScoreWorkingProps {
  score: string | null;
  working: string | null;
  /** What is scored, e.g. the indicator's name or 预算执行 (the popover's title). */
  subject: string;
  strong?: boolean;
}

export function ScoreWorking({ score, working, subject, strong }: ScoreWorkingProps) {
  const { showWorking, dirty } = useEvaluationEditing();
  const text = score ?? '—';
  if (!working) return <span data-testid="score">{text}</span>;
  const content = (
    <div style={{ maxWidth: 440 }}>
      <div>{working}</div>
      {dirty ? <div style={{ color: '#d46b08', marginTop: 4 }}>有未保存的修改：保存后重新计分。</div> : null}
    </div>
  );
  return (
    <>
      <Popover trigger={['hover', 'focus']} title={`${subject}的计算过程`} content={content}>
        <span className="score-value" data-testid="score" tabIndex={0} aria-label={`${subject}得分 ${text}：${working}`} style={{ cursor: 'help', borderBottom: '1px dashed #8c8c8c', fontWeight: strong ? 600 : undefined }}>
          {text}
        </span>
      </Popover>
      {showWorking ? <div className="score-working" data-testid="score-working">{working}</div> : null}
    </>
  );
}
