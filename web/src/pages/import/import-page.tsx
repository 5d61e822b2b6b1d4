/** 导入文件: upload, preview with findings, confirm or cancel; the history of imports below. */
import { Space } from 'antd';
import { useSearchParams } from 'react-router';
import { ImportHistory } from './import-history';
import { ImportPreview } from './import-preview';
import { UploadCard } from './upload-card';

export function ImportPage() {
  const [search, setSearch] = useSearchParams();
  const selected = search.get('id');
  const select = (id: string) => setSearch({ id });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <UploadCard onUploaded={select} />
      {selected ? <ImportPreview importId={selected} /> : null}
      <ImportHistory selectedId={selected} onSelect={select} />
    </Space>
  );
}
