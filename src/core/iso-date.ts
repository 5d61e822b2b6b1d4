/** Calendar dates written yyyy-mm-dd, as stored and exchanged (cut-off dates, completion dates). */
import { daysInMonth } from './target/dates';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The date `text` names when it is a real calendar date written yyyy-mm-dd, else null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}
