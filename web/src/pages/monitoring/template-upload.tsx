/**
 * The Excel round trip: download the unit's pre-filled template (one sheet per project, the cells to fill
 * shaded), fill it offline, drag it back. A workbook with any bad cell stores nothing; every bad cell is listed
 * with its address ('项目1'!F7) so the user can find it in Excel.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Space, Typography, Upload } from 'antd';
import { messageOf } from '../../api/client';
import { templateUrlOf, useUploadMonitoringTemplate } from '../../api/monitoring';
import { rejectedCellsOf } from './rejections';

function Rejection({ error }: { error: unknown }) {
  const cells = rejectedCellsOf(error);
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 12 }}
      title={cells.length > 0 ? `模板有 ${cells.length} 处问题，没有保存任何数据。请在 Excel 中改正下列单元格后重新上传：` : messageOf(error)}
      description={
        cells.length > 0 ? (
          <List
            size="small"
            data-testid="template-problems"
            dataSource={cells}
            style={{ maxHeight: 320, overflowY: 'auto' }}
            renderItem={(cell) => (
              <List.Item style={{ paddingInline: 0 }}>
                <div>
                  <Typography.Text code>{cell.place || '—'}</Typography.Text> {cell.message}
                  {cell.suggestion ? <div><Typography.Text type="success" style={{ fontSize: 12 }}>建议：{cell.suggestion}</Typography.Text></div> : null}
                </div>
              </List.Item>
            )}
          />
        ) : null
      }
    />
  );
}

export function TemplateUpload({ roundId, unitId, onUploaded }: { roundId: string; unitId: string; onUploaded: () => void }) {
  const upload = useUploadMonitoringTemplate(roundId, unitId);
  const { message } = App.useApp();
  return (
    <Card size="small" title="用 Excel 填报（全部项目）">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={templateUrlOf(roundId, unitId)} download>下载填报模板（.xlsx）</Button>
          <Typography.Text type="secondary">模板已填入指标和目前已填报的数字；每个项目一张工作表，黄色单元格为填报处。</Typography.Text>
        </Space>
        <Upload.Dragger
          name="file"
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          customRequest={({ file }) => {
            if (!(file instanceof File)) return;
            upload.mutate(file, {
              onSuccess: () => {
                onUploaded();
                void message.success('已读取模板并保存全部项目的填报。');
              },
            });
          }}
        >
          <p className="ant-upload-text"><InboxOutlined style={{ marginInlineEnd: 8, color: '#1f5fbf' }} />{upload.isPending ? '正在读取模板……' : '把填好的模板拖到这里，或点击选择文件'}</p>
          <p className="ant-upload-hint">有任何单元格填错时不保存，并列出每个出错单元格的位置（如 '项目1'!F7）；保存后，页面上未保存的修改以模板为准。</p>
        </Upload.Dragger>
        {upload.isError ? <Rejection error={upload.error} /> : null}
      </Space>
    </Card>
  );
}
