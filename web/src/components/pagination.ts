/** The pager of a table over one server page (`{ items, total, page, pageSize }`, src/contract/pagination.ts). */
import type { TablePaginationConfig } from 'antd';

interface ServerPage {
  page: number;
  pageSize: number;
  total: number;
}

/** Where the table is, 共 N 条 (or 共 N 个用户 with `counted`), and turning a page through the query. */
export function paginationOf<Q extends { page?: number; pageSize?: number }>(data: ServerPage | undefined, query: Q, setQuery: (query: Q) => void, counted = '条'): TablePaginationConfig {
  return {
    current: data?.page ?? 1,
    pageSize: data?.pageSize ?? query.pageSize,
    total: data?.total ?? 0,
    showTotal: (total) => `共 ${total} ${counted}`,
    onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
  };
}
