import { describe, expect, it } from 'vitest';
import { readBody, type BodyItem } from './document-body';
import { importTargetsDocx } from './index';
import type { BodyTable } from './merged-cells';
import { docxWithBody, wordNamespace } from './test-files';
import { parseXml } from './xml-nodes';

const p = (text: string, more = '') => `<w:p>${more}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';
const span = (count: number) => `<w:gridSpan w:val="${count}"/>`;

function body(xml: string): BodyItem[] {
  const items = readBody(parseXml(`<w:document ${wordNamespace}><w:body>${xml}</w:body></w:document>`) ?? []);
  if (!items) throw new Error('no body');
  return items;
}

const tableOf = (xml: string) => body(`<w:tbl>${xml}</w:tbl>`)[0] as BodyTable;

describe('readBody: merged cells', () => {
  it('gives a vertically merged cell the text of the cell above at the same grid column, through a chain', () => {
    const table = tableOf(`<w:tr>${tc('产出指标', restart)}${tc('数量指标', restart)}${tc('a')}</w:tr><w:tr>${tc('', cont)}${tc('', cont)}${tc('b')}</w:tr><w:tr>${tc('', cont)}${tc('质量指标')}${tc('c')}</w:tr>`);
    const cells = table.rows.map((row) => row.cells.map((cell) => [cell.text, cell.merged, cell.above]));
    expect(cells).toEqual([
      [['产出指标', false, null], ['数量指标', false, null], ['a', false, null]],
      [['', true, '产出指标'], ['', true, '数量指标'], ['b', false, null]],
      [['', true, '产出指标'], ['质量指标', false, null], ['c', false, null]],
    ]);
  });

  it('places cells on the grid: gridSpan, gridBefore and old-style hMerge', () => {
    const table = tableOf(
      `<w:tr>${tc('项目名称')}${tc('名称', span(3))}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('x', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('y')}</w:tr><w:tr>${tc('z')}${tc('', cont)}</w:tr>`,
    );
    expect(table.rows.map((row) => row.cells.map((cell) => [cell.text, cell.gridColumn, cell.span]))).toEqual([
      [['项目名称', 1, 1], ['名称', 2, 3]],
      [['x', 2, 2], ['y', 4, 1]],
      [['z', 1, 1], ['', 2, 1]],
    ]);
    expect(table.rows[2]?.cells[1]?.above).toBe('x');
  });
});

describe('readBody: text as Word shows it', () => {
  it('reads breaks, tabs, numeric entities and the results of fields, not their codes', () => {
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TC "总体" \\f A </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const shown = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const [paragraph] = body(`<w:p><w:r><w:t>一、总体绩效目标</w:t></w:r>${field}<w:r><w:br/><w:t>第&#x4E00;行</w:t><w:tab/><w:t>&amp;&#20013;</w:t></w:r>${shown}</w:p>`);
    expect(paragraph).toMatchObject({ kind: 'paragraph', text: '一、总体绩效目标\n第一行\t&中3', inToc: false });
  });

  it('leaves out deleted text of tracked changes, keeps inserted text and hyperlinks', () => {
    const [paragraph] = body('<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>');
    expect(paragraph).toMatchObject({ text: '新链接' });
  });

  it('marks the table of contents, as a content control and as a bare TOC field', () => {
    const control = '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' + p('一、总体绩效目标 3') + '</w:sdtContent></w:sdt>';
    const bare =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-2"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第一部分 1</w:t></w:r></w:p>' +
      p('二、分项 2') +
      '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const items = body(control + bare + p('正文'));
    expect(items.map((item) => (item.kind === 'paragraph' ? [item.text, item.inToc] : null))).toEqual([
      ['一、总体绩效目标 3', true],
      ['第一部分 1', true],
      ['二、分项 2', true],
      ['', true],
      ['正文', false],
    ]);
  });
});

describe('importTargetsDocx: a unit’s own Word file in the seed layout', () => {
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const tcField = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TC "${text}" \\f C \\l 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
  const table = [
    row(tc('203001中国共产党昌黎县委员会组织部本级', span(4)), tc('单位：万元', span(2))),
    row(tc('项目编码'), tc('130322210TL1EUNN2FE59', span(2)), tc('项目名称'), tc('选调生补助', span(2))),
    row(tc('预算规模及资金用途', restart), tc('预算数'), tc('20.32'), tc('其中：财政资金'), tc('20.32'), tc('其他资金'), tc('0')),
    row(tc('', cont), tc('补助', span(5))),
    row(tc('资金支出计划（%）', restart), tc('3月底'), tc('6月底'), tc('10月底'), tc('12月底', span(2))),
    row(tc('', cont), tc(''), tc('50.00%'), tc('50.00%'), tc('100.00%', span(2))),
    row(tc('绩效目标'), tc('1.按时发放', span(5))),
    row(tc('一级指标'), tc('二级指标'), tc('三级指标'), tc('绩效指标描述'), tc('指标值'), tc('指标值确定依据')),
    row(tc('产出指标'), tc('数量指标', restart), tc('补贴人数'), tc('人数'), tc('4人'), tc('')),
    row(tc('产出指标'), tc('', cont), tc('补贴月数'), tc('月数'), tc('12个月'), tc('')),
    row(tc('满意度指标'), tc('服务对象满意度指标'), tc('满意度'), tc('调查'), tc('≥95%'), tc('')),
  ].join('');

  it('reads headings written as plain paragraphs with TC fields, and a 二级指标 merged while its 一级指标 is typed again', async () => {
    const xml = p('第一部分') + p('部门整体绩效目标') + tcField('一、总体绩效目标') + p('完成任务。') + p('第二部分') + p('预算项目绩效目标') + tcField('1.选调生补助绩效目标表') + `<w:tbl>${table}</w:tbl>`;
    const { unitYear, findings } = await importTargetsDocx(await docxWithBody(xml), { year: 2021 });
    const project = unitYear?.projects[0];
    expect(project?.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name])).toEqual([
      ['产出指标', '数量指标', '补贴人数'],
      ['产出指标', '数量指标', '补贴月数'],
      ['满意度指标', '服务对象满意度指标', '满意度'],
    ]);
    expect(project?.spendingPlan.map((checkpoint) => checkpoint.percent)).toEqual([null, 50, 50, 100]);
    expect(unitYear?.departmentPlan.overallGoal).toBe('完成任务。');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.map((finding) => finding.code)).toEqual(['docx.missing-section', 'docx.missing-section']);
  });
});
