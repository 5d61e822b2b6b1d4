/** Drag a target document here (.txt .docx .xlsx); the year is asked only for files that do not state it. */
import { InboxOutlined } from '@ant-design/icons';
import { Card, InputNumber, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useUpload } from '../../api/imports';
import { ErrorAlert } from '../../components/page-states';

export function UploadCard({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const [year, setYear] = useState<number | null>(null);
  const upload = useUpload();
  return (
    <Card title="上传绩效目标文件" size="small">
      <ErrorAlert error={upload.error} />
      <Upload.Dragger
        name="file"
        accept=".txt,.docx,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        customRequest={({ file }) => {
          if (file instanceof File) upload.mutate({ file, year: year ?? undefined }, { onSuccess: (preview) => onUploaded(preview.id) });
        }}
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{upload.isPending ? '正在读取文件……' : '把文件拖到这里，或点击选择文件'}</p>
        <p className="ant-upload-hint">支持 Word 文件（.docx）、Excel 文件（.xlsx）和从 Word 导出的文本（.txt，UTF-8、GB18030、UTF-16 均可）。上传后先预览，确认后才导入。</p>
      </Upload.Dragger>
      <Space style={{ marginTop: 12 }}>
        <Typography.Text>年度（文件中未写明时填写）：</Typography.Text>
        <InputNumber min={2000} max={2100} value={year} onChange={setYear} placeholder="如 2021" style={{ width: 120 }} />
      </Space>
    </Card>
  );
}
