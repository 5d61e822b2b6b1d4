/**
 * The rule pack a review uses: a built-in pack by id, a pack file (JSON, validated: a malformed pack is refused
 * with located messages, never a crash), or by default the pack of the unit's division and year.
 */
import { readFile } from 'node:fs/promises';
import { DomainError } from '../../core/errors';
import type { UnitYear } from '../../core/model';
import { validateRulePack, type RulePack } from '../../core/review';
import { rulePackFor } from './review-targets';

const looksLikeFile = (choice: string) => /[/\\]|\.json$/i.test(choice);

/** `choice`: a pack id ("national-2020"), a path to a pack file ("my-pack.json"), or undefined (the unit's own). */
export async function chooseRulePack(unitYear: Pick<UnitYear, 'unit' | 'year'>, choice?: string): Promise<RulePack> {
  if (choice === undefined || !looksLikeFile(choice)) return rulePackFor(unitYear, choice);
  const text = await readFile(choice, 'utf8').catch(() => {
    throw new DomainError('not_found', `找不到规则包文件“${choice}”。`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError('validation_failed', `规则包文件“${choice}”不是有效的 JSON：${(error as Error).message}`);
  }
  const { value, findings } = validateRulePack(json);
  if (value) return value;
  const where = (path: string | undefined) => (path ? `${path}：` : '');
  const lines = findings.map((finding) => `  ${where(finding.location.field)}${finding.message}`);
  throw new DomainError('validation_failed', `规则包文件“${choice}”有 ${findings.length} 处错误：\n${lines.join('\n')}`, { findings });
}
