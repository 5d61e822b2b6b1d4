/** Plain-text presentation for the terminal: CJK-aware column widths, findings, amounts. */
import type { Finding, Location, Severity } from '../core/finding';

/** Display width: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A text table; columns listed in `rightAligned` (by index) are right-aligned (numbers). */
export function renderTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, rightAligned.includes(column) ? 'right' : 'left')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

function describeLocation(location: Location): string {
  const parts: string[] = [];
  if (location.line !== undefined) parts.push(`第${location.line}行`);
  if (location.project !== undefined) parts.push(`项目${location.project}${location.projectCode ? `（${location.projectCode}）` : ''}`);
  if (location.indicator !== undefined) parts.push(`指标${location.indicator}`);
  if (location.cell) parts.push(`“${location.cell}”单元格`);
  return parts.join(' ');
}

/** One finding as a line (plus its suggestion and evidence, indented). */
export function renderFinding(finding: Finding): string {
  const where = describeLocation(finding.location);
  const lines = [`[${severityLabel[finding.severity]}] ${where ? `${where}：` : ''}${finding.message} (${finding.code})`];
  if (finding.suggestion) lines.push(`    建议：${finding.suggestion}`);
  for (const evidence of finding.evidence ?? []) lines.push(`    · ${describeLocation(evidence.location)} ${evidence.text}`);
  return lines.join('\n');
}

export function renderCounts(counts: Record<Severity, number>): string {
  return `错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`;
}
