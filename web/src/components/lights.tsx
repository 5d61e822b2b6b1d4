/**
 * Monitoring lights (红/黄/绿/蓝灯) as coloured dots that explain themselves: hovering a dot shows the light's
 * explanation (the numbers and the threshold that decided it) and the figures behind it. The colours are the
 * ones the charts use, so a dot and a bar of the same light look alike.
 */
import { Popover, Tag } from 'antd';
import { lightColors, lightLabels, type LightColor } from '../../../src/core/monitoring/types';

export const lightHex: Readonly<Record<LightColor, string>> = { red: '#f5222d', yellow: '#faad14', blue: '#1677ff', green: '#52c41a', none: '#bfbfbf' };

/** A label and a value behind a light, e.g. 序时进度 58.33%. */
export interface LightFigure {
  label: string;
  value: string;
}

interface LightDotProps {
  color: LightColor;
  explanation: string;
  figures?: readonly LightFigure[];
  /** What the light is of, e.g. 支出进度 or the indicator's name (the popover's title). */
  subject: string;
  size?: number;
}

function Dot({ color, size }: { color: LightColor; size: number }) {
  const style = { display: 'inline-block', width: size, height: size, borderRadius: '50%', background: lightHex[color], border: color === 'none' ? '1px dashed #8c8c8c' : '1px solid rgba(0,0,0,0.15)', flex: 'none' };
  return <span style={style} />;
}

function Explanation({ explanation, figures }: Pick<LightDotProps, 'explanation' | 'figures'>) {
  return (
    <div style={{ maxWidth: 420, fontSize: 13 }}>
      <div style={{ marginBottom: figures?.length ? 8 : 0 }}>{explanation}</div>
      {figures?.length ? (
        <table className="light-figures" style={{ borderCollapse: 'collapse', fontSize: 12 }}>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.label}>
                <td style={{ color: '#8c8c8c', paddingRight: 12, whiteSpace: 'nowrap', verticalAlign: 'top' }}>{figure.label}</td>
                <td>{figure.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** A coloured dot; its explanation and figures on hover (and on keyboard focus). */
export function LightDot({ color, explanation, figures, subject, size = 12 }: LightDotProps) {
  return (
    <Popover trigger={['hover', 'focus']} title={`${subject}：${lightLabels[color]}`} content={<Explanation explanation={explanation} figures={figures} />}>
      <span className="light-dot" data-light={color} tabIndex={0} role="img" aria-label={`${subject}：${lightLabels[color]}。${explanation}`} style={{ display: 'inline-flex', alignItems: 'center', cursor: 'help', verticalAlign: 'middle' }}>
        <Dot color={color} size={size} />
      </span>
    </Popover>
  );
}

/** "● 2 ● 1 ● 5": the counts of each colour, red first, leaving out colours that are absent. */
export function LightCounts({ counts, showNone = false }: { counts: Readonly<Record<LightColor, number>>; showNone?: boolean }) {
  const shown = lightColors.filter((color) => counts[color] > 0 && (showNone || color !== 'none'));
  if (shown.length === 0) return <span style={{ color: '#8c8c8c' }}>—</span>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {shown.map((color) => (
        <Tag key={color} style={{ marginInlineEnd: 0, display: 'inline-flex', alignItems: 'center', gap: 4 }} data-light-count={color}>
          <Dot color={color} size={9} />
          {lightLabels[color]} {counts[color]}
        </Tag>
      ))}
    </span>
  );
}

/** A light as a tag with its name, for headings and lists (null: not reported, "—"). */
export function LightTag({ color }: { color: LightColor | null }) {
  if (color === null) return <span style={{ color: '#8c8c8c' }}>—</span>;
  return (
    <Tag style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }} data-light-tag={color}>
      <Dot color={color} size={9} />
      {lightLabels[color]}
    </Tag>
  );
}
