/**
 * How a 指标值 is read, as tags beside its text: 定量 with comparator, number and unit of measure; 期限 with
 * the date; 定性. While typing, the text is read by core's `parseTarget` (the same parser the server uses), so
 * the editor sees at once whether "100百分百" is a number with a known unit.
 */
import { Tag } from 'antd';
import type { TargetJson } from '../../../../src/contract/unit-year';
import type { Finding } from '../../../../src/core/finding';
import { parseTarget } from '../../../../src/core/target/parse-target';
import type { Target } from '../../../../src/core/target/target';

type TargetReading = Omit<TargetJson, 'raw' | 'direction'>;

/** The server's reading and the parser's have one display form. */
function readingOf(target: Target): TargetReading {
  if (target.kind === 'quantitative') return { kind: 'quantitative', comparator: target.comparator, value: target.value, upper: target.upper, unit: target.measureUnit, date: null };
  if (target.kind === 'deadline') return { kind: 'deadline', comparator: target.comparator, value: null, upper: null, unit: null, date: target.date };
  return { kind: 'qualitative', comparator: null, value: null, upper: null, unit: null, date: null };
}

export function TargetTags({ target }: { target: TargetReading }) {
  if (target.kind === 'qualitative') return <Tag className="target-tag">定性</Tag>;
  if (target.kind === 'deadline') {
    return (
      <>
        <Tag className="target-tag" color="purple">期限</Tag>
        <Tag className="target-tag">{target.comparator === '≤' ? '不晚于' : '于'} {target.date}</Tag>
      </>
    );
  }
  const number = target.upper === null ? String(target.value) : `${target.value}～${target.upper}`;
  return (
    <>
      <Tag className="target-tag" color="geekblue" title="指标性质">{target.comparator}</Tag>
      <Tag className="target-tag" color="blue" title="数值">{number}</Tag>
      <Tag className="target-tag" color={target.unit ? 'cyan' : 'red'} title="计量单位">{target.unit || '无单位'}</Tag>
    </>
  );
}

/** The live reading under the editor, with what the parser could not read. */
export function LiveTargetReading({ raw }: { raw: string }) {
  const { value, findings } = parseTarget(raw);
  return (
    <div>
      <TargetTags target={readingOf(value)} />
      {findings.map((finding: Finding, index) => (
        <div key={index} className="cell-hint-warning">{finding.message}</div>
      ))}
    </div>
  );
}
