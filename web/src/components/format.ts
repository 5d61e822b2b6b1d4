/** Display formats shared by pages: dates and times (the browser's time zone), 万元 amounts. */
import dayjs from 'dayjs';
import { formatAmount, parseAmount } from '../../../src/core/money';

/** "2026-11-24 22:41" (the browser's time zone; county offices are in China). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/**
 * 万元 as documents write them ("354.72", at least two decimals, every digit kept): the server sends exact 万元
 * numbers (converted from fen), read back exactly by core's money functions; never summed here.
 */
export function formatWan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  const exact = parseAmount(String(amount), '万元');
  return exact === null ? String(amount) : formatAmount(exact, '万元');
}
