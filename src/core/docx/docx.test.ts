import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../finding';
import { exportTargetsDocx, importTargetsDocx } from './index';
import { budgetSummary } from './export-docx';
import { editDocumentXml, seedUnitYear, seedUrl } from './test-files';

const seed = seedUnitYear(readFileSync(seedUrl));
const exported = await exportTargetsDocx(seed);
const part = async (name: string) => (await JSZip.loadAsync(exported)).file(name)?.async('string') ?? '';
const documentXml = await part('word/document.xml');

describe('exportTargetsDocx: the seed', () => {
  it('writes A4 pages with the margins of official documents and 第 N 页 in the footer', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = await part('word/footer1.xml');
    expect(footer).toContain('第 ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toContain(' 页');
  });

  it('sets Chinese fonts: 仿宋_GB2312 for text, 黑体 for headings, declared with their GB2312 character set', async () => {
    const styles = await part('word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="黑体"');
    const fonts = await part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:charset w:val="86"/>');
  });

  it('writes a table of contents whose field result already lists every part, section and project', () => {
    const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(documentXml)?.[0] ?? '';
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    for (const entry of ['第一部分　部门整体绩效目标', '一、总体绩效目标', '三、工作保障措施', '第二部分　预算项目绩效目标', '9.干部教育培训费绩效目标表']) expect(toc).toContain(entry);
  });

  it('writes one table per project, merging 一级指标 and 二级指标 down their runs', () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(9);
    // Per project: 预算规模 and 资金支出计划 merge down one row each, and each level-1 group merges.
    expect((documentXml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBeGreaterThan(9 * 4);
    expect(documentXml).toContain('<w:vMerge w:val="continue"/>');
    expect(documentXml).toMatch(/<w:gridSpan w:val="\d+"\/>/);
  });

  it('writes the cells as stored: raw budget cells, raw percents (blank where no commitment), raw targets', () => {
    expect(documentXml).toContain('>130322210TL1EUNN2FE59<');
    expect(documentXml).toContain('>≤20.32万元<');
    expect(documentXml).toContain('>100百分比<');
    expect(documentXml).toContain('>50.00%<');
    expect(budgetSummary(seed)).toBe('单位编码：203001　预算项目9个，预算合计354.72万元');
  });
});

describe('importTargetsDocx: the seed layout', () => {
  it('gives back the seed exactly (every field, raw texts, document order)', async () => {
    const { unitYear, findings } = await importTargetsDocx(exported);
    expect(unitYear).toEqual(seed);
    expect(countBySeverity(findings)).toEqual({ error: 0, warning: 0, info: 1 });
  });

  it('locates what the target parser says by table, row and cell, with the project and indicator', async () => {
    const { findings } = await importTargetsDocx(exported);
    expect(findings[0]).toMatchObject({
      code: 'target.unreadable',
      location: { project: 3, projectCode: '130322216Q03GGC6ZD760', indicator: 6, field: 'target', cell: '表3 第14行 第5列（指标值）' },
    });
  });

  it('takes the year from options over the document', async () => {
    expect((await importTargetsDocx(exported, { year: 2022 })).unitYear?.year).toBe(2022);
  });

  it('says where a bad amount is, in the message and in location.cell, under a docx. code', async () => {
    const damaged = await editDocumentXml(exported, (xml) => xml.replace('>20.32<', '>二十点三二<'));
    const { findings } = await importTargetsDocx(damaged);
    const finding = findings.find((entry) => entry.code === 'docx.not-a-number');
    expect(finding).toMatchObject({ severity: 'error', location: { project: 1, cell: '表1 第3行 第3列（预算数）', field: 'budget.total' } });
    expect(finding?.message).toContain('表1 第3行 第3列');
    expect(finding?.message).not.toMatch(/第\d{7}行/);
  });

  it('reports a missing row of a project table at the place it was expected', async () => {
    const damaged = await editDocumentXml(exported, (xml) => xml.replace(/<w:tr>(?:(?!<w:tr>).)*?>绩效目标<(?:(?!<w:tr>).)*?<\/w:tr>/s, ''));
    const { findings } = await importTargetsDocx(damaged);
    const missing = findings.find((entry) => entry.code === 'docx.missing-row');
    expect(missing).toMatchObject({ severity: 'error', location: { project: 1, cell: '表1 第6行（绩效目标）' } });
    expect(missing?.message).toContain('表1 第6行之后应为该行');
  });

  it('leaves out characters XML cannot hold, so that the file still opens', async () => {
    const project = { ...(seed.projects[0] as (typeof seed.projects)[number]), purpose: '补助\u0001资金\u000b，\r合计\ud800' };
    const { unitYear, findings } = await importTargetsDocx(await exportTargetsDocx({ ...seed, projects: [project] }));
    expect(unitYear?.projects[0]?.purpose).toBe('补助资金，合计');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports text of a cover page as not imported, and paragraphs of Part 1 by their number', async () => {
    const withCover = await editDocumentXml(exported, (xml) => xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>内部资料 注意保存</w:t></w:r></w:p>'));
    const { unitYear, findings } = await importTargetsDocx(withCover);
    expect(unitYear).toEqual(seed);
    expect(findings.find((entry) => entry.code === 'docx.cover-text')?.message).toContain('「内部资料 注意保存」');
    const stray = await editDocumentXml(exported, (xml) => xml.replace('<w:p><w:pPr><w:pStyle w:val="Heading2"/>', '<w:p><w:r><w:t>附：说明</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading2"/>'));
    const strayFinding = (await importTargetsDocx(stray)).findings.find((entry) => entry.code === 'docx.stray-text');
    expect(strayFinding?.location.cell).toMatch(/^第\d+段$/);
  });
});
