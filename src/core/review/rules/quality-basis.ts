/**
 * How bases cite documents (quality.document-number-format): a document number (发文字号) puts its year
 * in hexagonal brackets, 冀财行〔2020〕149号 (GB/T 9704-2012 党政机关公文格式, 7.2.4), so that it is found
 * as written in the issuer's records.
 */
import type { ReviewContext } from '../context';
import { defineRule, noSettings, type RuleFinding } from '../rule';
import { documentNumbers } from '../text/citations';
import { cellLabel, cellLocation, groupByProjectAndText, markedTextCells } from '../text-cells';

export const documentNumberFormat = defineRule({
  id: 'quality.document-number-format',
  family: 'quality',
  title: '文号格式不规范',
  explanation: '发文字号的年份应使用六角括号“〔〕”（如“冀财行〔2020〕149号”，见GB/T 9704-2012《党政机关公文格式》）；用【】、[]或（）书写，检索和核对依据时容易对不上。',
  defaultSeverity: 'info',
  settings: noSettings,
  check(context: ReviewContext) {
    const items = markedTextCells(context).flatMap((cell) =>
      context.memo(documentNumbers, cell.text).filter((number) => number.text.replace(/\s+/g, '') !== number.standard).map((number) => ({ cell, number })),
    );
    return groupByProjectAndText(items).map((group): RuleFinding => {
      const { cell } = group[0] as (typeof group)[number];
      const numbers = [...new Map(group.filter((item) => item.cell === cell).map((item) => [item.number.text, item.number])).values()];
      const others = [...new Set(group.map((item) => item.cell))].slice(1);
      return {
        location: cellLocation(cell),
        message: `${cellLabel(cell)}中的文号${numbers.map((number) => `“${number.text}”`).join('、')}格式不规范，年份应使用六角括号“〔〕”。`,
        suggestion: `改为${numbers.map((number) => `“${number.standard}”`).join('、')}。`,
        ...(others.length > 0 ? { evidence: others.map((other) => ({ location: cellLocation(other), text: `同样的写法还在${cellLabel(other)}` })) } : {}),
      };
    });
  },
});
