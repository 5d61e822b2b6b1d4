/**
 * Findings about a rule pack: where (the JSON path, e.g. rules["values.unknown-unit"].severity) and
 * what, in Chinese for the administrator who edits the pack. Zod issues are translated here.
 */
import type { z } from 'zod';
import { makeFinding, type Finding } from '../finding';

export type PackFindingCode =
  | 'rule-pack.invalid'
  | 'rule-pack.unknown-rule'
  | 'rule-pack.unknown-parent'
  | 'rule-pack.extends-cycle'
  | 'rule-pack.inconsistent';

type PathSegment = PropertyKey;

const identifier = /^[A-Za-z_$][\w$]*$/;

/** rules["values.unknown-unit"].severity, framework.level1[0].name; "(整个规则包)" for the root. */
export function formatPath(path: readonly PathSegment[]): string {
  const text = path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      if (identifier.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
  return text === '' ? '(整个规则包)' : text;
}

/** An error finding about a pack at a JSON path; the message starts with the path. */
export function packFinding(code: PackFindingCode, path: readonly PathSegment[], message: string, suggestion?: string): Finding {
  return makeFinding(code, 'error', { field: formatPath(path) }, `${formatPath(path)}：${message}`, suggestion);
}

const typeNames: Readonly<Record<string, string>> = {
  string: '文本', number: '数字', int: '整数', boolean: '布尔值（true 或 false）', object: '对象', array: '数组', null: '空值（null）', undefined: '缺失',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value) ?? String(value);
}

/** A zod issue as Chinese, one or more findings (an unknown key each). */
export function findingsOfIssue(issue: z.core.$ZodIssue, prefix: readonly PathSegment[] = []): Finding[] {
  const path = [...prefix, ...issue.path];
  const at = (message: string, suggestion?: string): Finding => packFinding('rule-pack.invalid', path, message, suggestion);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [at(`缺少必填项，应为${expected}。`)];
      return [at(`应为${expected}，实际是${typeNames[typeOf(issue.input)] ?? typeOf(issue.input)} ${describeValue(issue.input)}。`)];
    }
    case 'invalid_value':
      return [at(`取值${describeValue(issue.input)}无效，应为 ${issue.values.map((value) => describeValue(value)).join('、')} 之一。`)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => packFinding('rule-pack.invalid', [...path, key], '规则包中没有这个设置项。', '检查拼写，或删去这一项。'));
    case 'too_small':
      return [at(issue.origin === 'array' ? `至少要有${String(issue.minimum)}项。` : issue.origin === 'string' ? '不能为空。' : `不能小于${issue.inclusive ? '' : '或等于'}${String(issue.minimum)}。`)];
    case 'too_big':
      return [at(`不能大于${issue.inclusive ? '' : '或等于'}${String(issue.maximum)}。`)];
    case 'invalid_format':
    case 'custom':
      return [at(/[\u4e00-\u9fa5]/.test(issue.message) ? `${issue.message}。` : '格式不正确。')];
    default:
      return [at('取值不正确。')];
  }
}
