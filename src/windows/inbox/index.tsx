import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** The Exchange client's Inbox (Windows Messaging): step 7c's test message with a delivery receipt. */
export const inboxWindow: ToolWindow = {
  useTitle: () => 'Inbox - Microsoft Exchange',
  Body: lazyBody(() => import('./InboxBody.tsx'), 'InboxBody'),
  width: 620,
  height: 380,
};
