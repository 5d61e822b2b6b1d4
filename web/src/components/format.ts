/** Display formats shared by pages: dates and times in Beijing time, 万元 amounts, counts. */
import dayjs from 'dayjs';

/** "2026-11-24 22:41" (the browser's time zone; county offices are in China). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/**
 * 万元 with two decimals ("354.72"), for display only: amounts arrive as 万元 numbers that the server
 * converted exactly from fen (at most 6 decimals), so toFixed never rounds a real digit away in a total
 * the server computed; sums are never made here.
 */
export function formatWan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  const [whole = '0', fraction = ''] = String(amount).split('.');
  const decimals = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${Number(whole).toLocaleString('zh-CN')}.${decimals}`;
}
