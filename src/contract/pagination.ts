/** Paged lists: `?page=1&pageSize=20` in, `{ items, total, page, pageSize }` out. */
import { z } from 'zod';

export const maxPageSize = 100;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始。').max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize, `每页最多 ${maxPageSize} 条。`).default(20),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** The schema of one page of `item`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('符合条件的总条数'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** An optional boolean query parameter: "true" or "false". */
export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
