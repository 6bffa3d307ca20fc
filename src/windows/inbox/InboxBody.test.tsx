import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { restoreSteps, standardScenario, takeDirectoryOfflineSteps } from '../../sim/scenarios/standard.ts';
import type { SimEvent } from '../../sim/events.ts';
import { sendLab, startLab } from '../../store/lab-session.ts';
import { InboxBody } from './InboxBody.tsx';
import { inboxUi } from './inbox-store.ts';

beforeEach(() => {
  startLab(standardScenario, 'practice', 1);
  inboxUi.setState({ folder: 'Inbox', readIds: [], showFolders: true });
});
afterEach(cleanup);

const tick = (ms: number): SimEvent => ({ type: 'clock.tick', ms });
const folder = (name: string) => within(screen.getByRole('tree', { name: 'Folders' })).getByRole('treeitem', { name });

function sendTestMessage(receipt: boolean) {
  fireEvent.click(screen.getByRole('button', { name: 'New Message' }));
  const compose = screen.getByRole('dialog', { name: 'New Message' });
  fireEvent.change(within(compose).getByLabelText('To'), { target: { value: 'Administrator' } });
  fireEvent.change(within(compose).getByLabelText('Subject'), { target: { value: 'Restore test' } });
  if (receipt) {
    fireEvent.click(within(compose).getByRole('tab', { name: 'Options' }));
    fireEvent.click(within(compose).getByLabelText('Request a delivery receipt'));
  }
  fireEvent.click(within(compose).getByRole('button', { name: 'Send' }));
  expect(screen.queryByRole('dialog', { name: 'New Message' })).toBeNull();
}

describe('Inbox', () => {
  test('after the restore and a Control Panel start, the message and its delivery receipt arrive', () => {
    act(() => {
      [...takeDirectoryOfflineSteps('NODE1'), ...restoreSteps('NODE1')].forEach(sendLab);
      for (const service of ['MSExchangeDS', 'MSExchangeIS', 'MSExchangeMTA'] as const) {
        sendLab({ type: 'service.start', node: 'NODE1', service });
        sendLab(tick(120_000));
      }
    });
    render(<InboxBody node="NODE1" />);
    sendTestMessage(true);
    act(() => sendLab(tick(5_000)));
    const list = screen.getByRole('table', { name: 'Inbox messages' });
    const subjects = within(list).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(subjects).toHaveLength(2);
    expect(subjects.some((s) => s?.includes('Delivered: Restore test'))).toBe(true);
    expect(folder('Inbox (2)')).toBeTruthy();
    expect(screen.getByText('2 Items, 2 Unread')).toBeTruthy();

    // Opening the receipt shows the delivery report and marks it read.
    const receiptRow = within(list).getAllByRole('row').find((r) => r.textContent?.includes('Delivered:'))!;
    fireEvent.doubleClick(receiptRow);
    const reader = screen.getByRole('dialog', { name: 'Delivered: Restore test' });
    expect((within(reader).getByLabelText('Message text') as HTMLTextAreaElement).value).toContain('was delivered to the following recipient(s):');
    fireEvent.click(within(reader).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(folder('Inbox (1)')).toBeTruthy();
  });

  test('while the store is damaged the message waits in the Outbox; no receipt without asking', () => {
    render(<InboxBody node="NODE1" />);
    sendTestMessage(false);
    act(() => sendLab(tick(10_000)));
    expect(folder('Outbox (1)')).toBeTruthy();
    fireEvent.click(folder('Outbox (1)'));
    expect(within(screen.getByRole('table', { name: 'Outbox messages' })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 waiting in Outbox')).toBeTruthy();
  });
});
