/**
 * 监控填报: a unit's reports in a round. The unit's projects with their lights; the chosen project's monitoring
 * table, editable while the unit may report; submit (unit leaders), the Excel template round trip and the
 * downloads. Finance reviewers reach it from the division view and read the same table with its lights
 * (`?project=<id>&indicator=<id>` opens a project and marks an indicator).
 */
import { App, Breadcrumb, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { roleMay } from '../../../../src/core/access/policy';
import { useCurrentUser } from '../../api/auth';
import { useMonitoringUnit, type MonitoringUnitJson } from '../../api/monitoring';
import { formatWan } from '../../components/format';
import { LoadError, PageLoading } from '../../components/page-states';
import { ProjectReport } from './project-report';
import { ProjectsOverview } from './projects-overview';
import { monthsOf } from './rejections';
import { TemplateUpload } from './template-upload';
import { UnitReportHeading } from './unit-report-heading';

function Trail({ unit }: { unit: MonitoringUnitJson }) {
  const mayOpenRounds = roleMay(useCurrentUser().role, 'open_monitoring_round');
  const round = unit.round;
  return (
    <Breadcrumb
      items={[
        { title: <Link to="/monitoring">运行监控</Link> },
        { title: mayOpenRounds ? <Link to={`/monitoring/${round.id}`}>{round.title}</Link> : round.title },
        { title: `${unit.unit.code} ${unit.unit.name}` },
      ]}
    />
  );
}

function UnitReport({ unit }: { unit: MonitoringUnitJson }) {
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [generation, setGeneration] = useState(0);
  const { modal } = App.useApp();
  const chosen = unit.projects.find((project) => project.id === params.get('project')) ?? unit.projects[0];
  const choose = (projectId: string) => {
    const go = () => { setDirty(false); setParams({ project: projectId }); };
    if (!dirty || projectId === chosen?.id) go();
    else modal.confirm({ title: '有未保存的修改', content: '切换项目将放弃本项目未保存的修改。确定切换吗？', okText: '放弃修改并切换', onOk: go });
  };
  const months = monthsOf(unit.round.cutOff);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Trail unit={unit} />
      <UnitReportHeading unit={unit} dirty={dirty} />
      <ProjectsOverview unit={unit} chosenId={chosen?.id ?? null} onChoose={choose} />
      {chosen ? (
        <Card size="small" title={<span data-testid="report-title">{chosen.name}</span>} extra={<Typography.Text type="secondary">预算 {formatWan(chosen.budget)} 万元 · 截至 {unit.round.cutOff}</Typography.Text>}>
          <ProjectReport
            key={`${chosen.id}:${generation}`}
            roundId={unit.round.id}
            unitId={unit.unit.id}
            project={chosen}
            editable={unit.can.report}
            months={months}
            highlightedIndicatorId={params.get('indicator')}
            onDirtyChange={setDirty}
          />
        </Card>
      ) : (
        <Card><Typography.Text type="secondary">该单位这一年度没有项目，无需填报。</Typography.Text></Card>
      )}
      {unit.can.report ? <TemplateUpload roundId={unit.round.id} unitId={unit.unit.id} onUploaded={() => { setDirty(false); setGeneration((count) => count + 1); }} /> : null}
    </Space>
  );
}

export function UnitReportPage() {
  const { id = '', unitId = '' } = useParams();
  const unit = useMonitoringUnit(id, unitId);
  if (unit.isPending) return <PageLoading />;
  if (unit.isError) return <LoadError error={unit.error} onRetry={() => void unit.refetch()} />;
  return <UnitReport unit={unit.data} />;
}
