/**
 * 开启监控批次 (finance reviewers of a division, admins): the year, the cut-off date (a date picker, 7月31日 by
 * default), an optional title, and the units — every unit of the division with targets that year unless some are
 * picked. Admins name the division.
 */
import { App, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { messageOf } from '../../api/client';
import { useCreateRound } from '../../api/monitoring';
import { useUnitYears, useYears } from '../../api/unit-years';
import { showFieldErrors } from '../../components/form-errors';

interface RoundForm {
  year: number;
  cutOff: Dayjs;
  title?: string;
  divisionCode?: string;
  unitIds?: string[];
}

function UnitPicker({ year, divisionCode }: { year: number | undefined; divisionCode: string | undefined }) {
  const unitYears = useUnitYears({ year, divisionCode: divisionCode || undefined, pageSize: 100 });
  const options = (unitYears.data?.items ?? []).map((row) => ({ value: row.unit.id, label: `${row.unit.code} ${row.unit.name}` }));
  return (
    <Form.Item name="unitIds" label="参加单位" extra="不选则为本区划这一年度有绩效目标的全部单位。">
      <Select mode="multiple" allowClear loading={unitYears.isFetching} options={options} optionFilterProp="label" placeholder={`全部单位（${unitYears.data?.total ?? 0} 个）`} disabled={!year} />
    </Form.Item>
  );
}

export function OpenRoundForm() {
  const user = useCurrentUser();
  const years = useYears();
  const create = useCreateRound();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RoundForm>();
  const [year, setYear] = useState<number | undefined>();
  const divisionCode = Form.useWatch('divisionCode', form);
  const submit = (values: RoundForm) =>
    create.mutate(
      { year: values.year, cutOff: values.cutOff.format('YYYY-MM-DD'), title: values.title?.trim() || undefined, divisionCode: values.divisionCode?.trim() || undefined, unitIds: values.unitIds?.length ? values.unitIds : undefined },
      {
        onSuccess: (round) => {
          void message.success(`已开启“${round.title}”，共 ${round.unitCount} 个单位。`);
          navigate(`/monitoring/${round.id}`);
        },
        onError: (error) => {
          if (!showFieldErrors(form, error)) void modal.error({ title: '没有开启', content: messageOf(error) });
        },
      },
    );
  const pickYear = (value: number) => {
    setYear(value);
    form.setFieldsValue({ cutOff: dayjs(`${value}-07-31`), unitIds: [] });
  };
  return (
    <Card size="small" title="开启监控批次">
      <Form<RoundForm> form={form} layout="inline" onFinish={submit} style={{ rowGap: 12 }}>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请选择年度。' }]}>
          <Select style={{ width: 110 }} placeholder="年度" options={years.data?.years.map((value) => ({ value, label: `${value} 年` }))} onChange={pickYear} />
        </Form.Item>
        <Form.Item name="cutOff" label="截止日期" rules={[{ required: true, message: '请选择截止日期。' }]}>
          <DatePicker placeholder="如 7月31日" disabledDate={(date) => year !== undefined && date.year() !== year} />
        </Form.Item>
        {user.role === 'admin' ? (
          <Form.Item name="divisionCode" label="财政区划编码" rules={[{ required: true, message: '请填写财政区划编码。' }]}>
            <Input style={{ width: 130 }} placeholder="如 130322" />
          </Form.Item>
        ) : null}
        <Form.Item name="title" label="标题">
          <Input style={{ width: 240 }} placeholder="省略时为“2021年1—7月绩效运行监控”" />
        </Form.Item>
        <div style={{ flexBasis: '100%' }} />
        <div style={{ flex: '1 1 420px', minWidth: 0 }}>
          <UnitPicker year={year} divisionCode={user.role === 'admin' ? divisionCode : undefined} />
        </div>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>开启</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
