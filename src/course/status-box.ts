import type { OutboxStatus } from './xapi/outbox.ts';

/**
 * The small box that says where the lab's results are going and whether they got there (plain DOM
 * outside the lab's React tree, loaded only for a course launch or a configured LRS).
 */
export interface StatusBox {
  set: (text: string) => void;
  addButton: (label: string, onClick: () => void) => HTMLButtonElement;
  remove: () => void;
}

export function statusBox(label: string, role: 'status' | 'alert' = 'status'): StatusBox {
  const box = document.createElement('div');
  box.className = 'window course-status';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label);
  box.style.cssText = 'position:fixed;left:50%;transform:translateX(-50%);bottom:36px;z-index:900;max-width:34rem';
  const body = document.createElement('div');
  body.className = 'window-body';
  body.style.cssText = 'display:flex;gap:8px;align-items:center;margin:4px 8px';
  const text = document.createElement('p');
  text.setAttribute('role', role);
  text.style.margin = '0';
  body.append(text);
  box.append(body);
  document.body.append(box);
  return {
    set: (t) => { text.textContent = t; },
    addButton: (name, onClick) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = name;
      b.addEventListener('click', onClick);
      body.append(b);
      return b;
    },
    remove: () => box.remove(),
  };
}

/** Plain words for the outbox's state, e.g. "3 statements waiting in this browser: … Next try in 8 s." */
export function describeOutbox(s: OutboxStatus, where: string, now = Date.now()): string {
  if (s.state === 'sent') return `Results are recorded in ${where}.`;
  const waiting = `${s.queued} statement${s.queued === 1 ? '' : 's'} waiting in this browser`;
  if (s.state === 'sending') return `Sending results to ${where}… (${waiting})`;
  const next = s.retryAt ? ` Next try in ${Math.max(1, Math.round((s.retryAt - now) / 1000))} s.` : '';
  return `${waiting}: ${s.problem ?? `${where} did not answer.`}${next}`;
}
