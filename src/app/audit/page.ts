/** Pages of a list, for every list use case: 1-based page number and page size in, items and total out. */

export interface PageRequest {
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface Page<T> extends PageRequest {
  items: T[];
  /** How many items match in all pages. */
  total: number;
}

/** The number of rows before the requested page. */
export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}
