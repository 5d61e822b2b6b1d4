/**
 * 审核发现: the findings of a unit year (?unitYearId=) or of every unit in reach, filtered by year, rule family,
 * rule, severity and text; the rule's explanation on hover; each finding links to its project's table.
 */
import { Card, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useFindings, useRules, type FindingListItemJson, type FindingsQuery } from '../../api/review';
import { useUnitYear, useYears } from '../../api/unit-years';
import { RuleHint } from '../../components/finding-list';
import { familyLabels, ruleFamilyList, severities, severityLabels, SeverityCounts, SeverityTag } from '../../components/labels';
import { ErrorAlert } from '../../components/page-states';
import { paginationOf } from '../../components/pagination';

const columns: TableColumnsType<FindingListItemJson> = [
  { title: '严重程度', dataIndex: 'severity', width: 88, render: (severity: FindingListItemJson['severity']) => <SeverityTag severity={severity} /> },
  { title: '单位', key: 'unit', width: 140, ellipsis: true, render: (_, row) => <Link to={`/unit-years/${row.unitYearId}`}>{row.unit.name} {row.year}</Link> },
  { title: '项目 / 指标', key: 'where', width: 190, render: (_, row) => (row.project ? <><Link to={`/projects/${row.project.id}`}>{row.project.name}</Link>{row.indicator ? <div><Typography.Text type="secondary">{row.indicator.name}</Typography.Text></div> : null}</> : '部门整体目标') },
  { title: '问题', key: 'message', render: (_, row) => <>{row.message}{row.suggestion ? <div><Typography.Text type="success" style={{ fontSize: 12 }}>建议：{row.suggestion}</Typography.Text></div> : null}</> },
  { title: '规则', key: 'rule', width: 160, render: (_, row) => <RuleHint title={row.ruleTitle} explanation={row.explanation} family={row.family} /> },
];

/** Within one unit year, its projects can be picked; across units the text search narrows instead. */
function ProjectFilter({ unitYearId, value, onChange }: { unitYearId: string; value?: string; onChange: (projectId?: string) => void }) {
  const unitYear = useUnitYear(unitYearId);
  const options = unitYear.data?.projects.map((project) => ({ value: project.id, label: project.name }));
  return <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部项目" style={{ width: 240 }} value={value} loading={unitYear.isPending} options={options} onChange={onChange} />;
}

function Filters({ query, setQuery }: { query: FindingsQuery; setQuery: (query: FindingsQuery) => void }) {
  const years = useYears();
  const rules = useRules();
  const ruleOptions = [...(rules.data?.values() ?? [])].filter((rule) => !query.family || rule.family === query.family).map((rule) => ({ value: rule.id, label: rule.title, title: rule.explanation }));
  const set = (changes: FindingsQuery) => setQuery({ ...query, ...changes, page: 1 });
  return (
    <Space style={{ marginBottom: 16 }} wrap>
      <Select allowClear placeholder="全部年度" style={{ width: 110 }} value={query.year} options={years.data?.years.map((year) => ({ value: year, label: `${year} 年` }))} onChange={(year?: number) => set({ year })} />
      {query.unitYearId ? <ProjectFilter unitYearId={query.unitYearId} value={query.projectId} onChange={(projectId) => set({ projectId })} /> : null}
      <Select allowClear placeholder="全部严重程度" style={{ width: 130 }} value={query.severity} options={severities.map((severity) => ({ value: severity, label: severityLabels[severity] }))} onChange={(severity) => set({ severity })} />
      <Select allowClear placeholder="全部类别" style={{ width: 130 }} value={query.family} options={ruleFamilyList.map((family) => ({ value: family, label: familyLabels[family] }))} onChange={(family) => set({ family, code: undefined })} />
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部规则" style={{ width: 240 }} value={query.code} options={ruleOptions} onChange={(code) => set({ code })} />
      <Input.Search placeholder="单位、项目、指标或问题中的文字" allowClear style={{ width: 260 }} onSearch={(q) => set({ q })} />
    </Space>
  );
}

export function ReviewPage() {
  const [search] = useSearchParams();
  const [query, setQuery] = useState<FindingsQuery>({ page: 1, pageSize: 20, unitYearId: search.get('unitYearId') ?? undefined, projectId: search.get('projectId') ?? undefined });
  const findings = useFindings(query);
  return (
    <Card title="审核发现" extra={findings.data ? <SeverityCounts counts={findings.data.bySeverity} /> : null}>
      <Filters query={query} setQuery={setQuery} />
      <ErrorAlert error={findings.error} />
      <Table<FindingListItemJson>
        rowKey="id"
        size="small"
        loading={findings.isFetching}
        columns={columns}
        dataSource={findings.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的审核发现' }}
        pagination={paginationOf(findings.data, query, setQuery)}
      />
    </Card>
  );
}
