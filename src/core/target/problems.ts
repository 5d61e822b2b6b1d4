/**
 * What the parser could not tell about a target value, and how it says so to a unit editor.
 * Every problem becomes one `target.unreadable` finding with an empty location (the importer adds it).
 */
import type { Finding } from '../finding';
import { squashSpaces } from '../text';

export type TargetProblem =
  | { kind: 'no-number' }
  | { kind: 'bad-unit'; number: string; unit: string }
  | { kind: 'text-before-value'; before: string; value: string }
  | { kind: 'conflicting-comparators' }
  | { kind: 'bad-range'; reason: string }
  | { kind: 'unsupported-form' }
  | { kind: 'impossible-date'; date: string; reason: string }
  | { kind: 'missing-year'; date: string }
  | { kind: 'unclear-date'; date: string; reason: string }
  | { kind: 'several-values' }
  | { kind: 'relative-deadline' };

export const unreadableCode = 'target.unreadable';

const quantitySuggestion = '请写成“≥95%”这样的“符号+数字+单位”形式。';
const dateSuggestion = '请写成“2021年12月31日前完成”这样带年、月、日的具体日期。';
const longestQuote = 40;

/** The finding for a problem met while reading `raw`. */
export function findingFor(problem: TargetProblem, raw: string): Finding {
  const quoted = quote(raw);
  const { message, suggestion } = describe(problem, quoted);
  return {
    code: unreadableCode,
    // A relative deadline is an ordinary way to write a 时效 target: worth knowing, not a mistake.
    severity: problem.kind === 'relative-deadline' ? 'info' : 'warning',
    location: {},
    message,
    suggestion,
  };
}

function quote(raw: string): string {
  const text = squashSpaces(raw);
  const chars = [...text];
  return chars.length > longestQuote ? `${chars.slice(0, longestQuote).join('')}…` : text;
}

function describe(problem: TargetProblem, quoted: string): { message: string; suggestion: string } {
  const subject = `指标值“${quoted}”`;
  switch (problem.kind) {
    case 'no-number':
      return { message: `${subject}有比较符号，但后面没有可识别的数字，读不出数值。`, suggestion: quantitySuggestion };
    case 'bad-unit':
      return { message: badUnitMessage(subject, problem.number, problem.unit), suggestion: quantitySuggestion };
    case 'text-before-value':
      return {
        message: `${subject}在数值前还有文字“${problem.before}”，无法确定指标值就是“${problem.value}”。`,
        suggestion: `请在指标值栏只写“${problem.value}”，说明文字写在三级指标或绩效指标描述栏。`,
      };
    case 'conflicting-comparators':
      return { message: `${subject}的比较关系重复或相互矛盾，读不出是下限、上限还是等于。`, suggestion: quantitySuggestion };
    case 'bad-range':
      return { message: `${subject}看起来是一个区间，但${problem.reason}。`, suggestion: '请写成“90%-95%”这样的“下限-上限+单位”形式。' };
    case 'unsupported-form':
      return { message: `${subject}看起来是一个数量，但读不出其中的比较符号、数字和单位。`, suggestion: quantitySuggestion };
    case 'impossible-date':
      return { message: `${subject}中的日期“${problem.date}”不存在：${problem.reason}。`, suggestion: dateSuggestion };
    case 'missing-year':
      return { message: `${subject}中的日期“${problem.date}”没有写年份，读不出是哪一年。`, suggestion: dateSuggestion };
    case 'unclear-date':
      return { message: `${subject}中的“${problem.date}”读不出具体是哪一天：${problem.reason}。`, suggestion: dateSuggestion };
    case 'several-values':
      return {
        message: `${subject}中除了一个日期还有其他日期或数字，读不成一个截止日期。`,
        suggestion: '请把时间和数量分成两个指标，例如“2021年12月31日前完成”和“≥95%”。',
      };
    case 'relative-deadline':
      return {
        message: `${subject}是从某件事起算的相对期限，读不出具体日期，按定性指标处理。`,
        suggestion: `如能确定，${dateSuggestion}`,
      };
  }
}

function badUnitMessage(subject: string, number: string, unit: string): string {
  if (unit === '') return `${subject}中的数字“${number}”后面没有计量单位，读不出是多少什么。`;
  return `${subject}中，“${number}”后面的“${unit}”不是可识别的计量单位，读不出这个数量。`;
}
