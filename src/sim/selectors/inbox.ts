import { SCENARIO_EPOCH } from '../world/names.ts';
import type { MailMessage, World } from '../world/types.ts';

/** The folders of the Administrator's server mailbox in the Exchange client, in the order it lists them. */
export const MAIL_FOLDERS = ['Deleted Items', 'Inbox', 'Outbox', 'Sent Items'] as const;
export type MailFolder = (typeof MAIL_FOLDERS)[number];

/** One row of the message list. */
export interface MessageRow {
  id: number;
  kind: MailMessage['kind'];
  from: string;
  to: string;
  subject: string;
  received: string;
  /** When it was sent, in the same format. */
  sent: string;
  /** Simulated ms the row sorts by (delivery time, or send time while it waits in the Outbox). */
  at: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Fri 8/20/99 9:05 AM`, the Exchange client's Received column. Pure (UTC arithmetic). */
export function formatReceived(clock: number): string {
  const d = new Date(SCENARIO_EPOCH + clock);
  const h = d.getUTCHours();
  const time = `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return `${DAYS[d.getUTCDay()]} ${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${time}`;
}

const row = (m: MailMessage): MessageRow => {
  const at = m.deliveredAt ?? m.sentAt;
  return { id: m.id, kind: m.kind, from: m.from, to: m.to, subject: m.subject, received: formatReceived(at), sent: formatReceived(m.sentAt), at };
};

/** Yesterday's messages that lived only in log generations hard recovery skipped (Q262041) are gone. */
const lost = (w: Pick<World, 'mail'> & Partial<Pick<World, 'disk'>>, m: MailMessage) => {
  const skipped = w.disk?.databases.MSExchangeIS.skippedLogs;
  return !!skipped && m.logGen !== undefined && m.logGen >= skipped[0] && m.logGen <= skipped[1];
};

/** Messages of a folder, newest first. Sent Items holds the delivered copies of messages the trainee sent. */
export function folderRows(w: Pick<World, 'mail'> & Partial<Pick<World, 'disk'>>, folder: MailFolder): MessageRow[] {
  let messages: MailMessage[];
  switch (folder) {
    case 'Inbox':
      messages = w.mail.inbox.filter((m) => !lost(w, m));
      break;
    case 'Outbox':
      messages = w.mail.outbox;
      break;
    case 'Sent Items':
      messages = w.mail.inbox.filter((m) => m.kind === 'message');
      break;
    default:
      messages = [];
  }
  return messages.map(row).sort((a, b) => b.at - a.at || b.id - a.id);
}

/** Messages waiting to be sent (mail does not flow). */
export const outboxCount = (w: Pick<World, 'mail'>): number => w.mail.outbox.length;

/** What the read window shows as the message text. Delivery receipts carry the Exchange report text. */
export function messageText(m: MessageRow): string {
  if (m.kind !== 'receipt') return '';
  const original = m.subject.replace(/^Delivered: /, '');
  return [
    'Your message',
    '',
    `   To:      ${m.to}`,
    `   Subject: ${original}`,
    `   Sent:    ${m.sent}`,
    '',
    'was delivered to the following recipient(s):',
    '',
    `   ${m.to} on ${m.received}`,
  ].join('\n');
}
