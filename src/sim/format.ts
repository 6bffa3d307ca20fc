import { SCENARIO_EPOCH } from './world/names.ts';

const at = (clock: number) => new Date(SCENARIO_EPOCH + clock);

/** `9:05 AM`, as the NT 4 taskbar shows it. Pure (UTC arithmetic, no local time zone). */
export function formatTaskbarTime(clock: number): string {
  const d = at(clock);
  const h = d.getUTCHours();
  return `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** `8/20/99`, Event Viewer's date column. */
export function formatEventDate(clock: number): string {
  const d = at(clock);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`;
}

/** `9:05:12 AM`, Event Viewer's time column. */
export function formatEventTime(clock: number): string {
  const d = at(clock);
  const h = d.getUTCHours();
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${h % 12 || 12}:${mm}:${ss} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * The presentation boundary for texts from the source data: the "[reconstructed text…]" marker
 * labels invented wording for maintainers and is never shown to a trainee. Pure.
 */
export const onScreen = (text: string): string => text.replace(/\s*\[reconstructed text[^\]]*\]/g, '');
