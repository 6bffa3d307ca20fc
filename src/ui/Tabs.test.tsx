import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PropertySheet } from './PropertySheet.tsx';

afterEach(cleanup);

const TABS = [
  { id: 'general', label: 'General', content: <p>Name: Exchange Directory</p> },
  { id: 'dependencies', label: 'Dependencies', content: <p>Exchange System Attendant</p> },
  { id: 'advanced', label: 'Advanced', content: <p>Restart</p> },
];

describe('Tabs in a PropertySheet', () => {
  test('APG tabs: one tab stop, arrows with wrap, Home/End, panel labelled by its tab', () => {
    render(<PropertySheet label="Exchange Directory Properties" tabs={TABS} onOk={() => {}} onCancel={() => {}} />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(screen.getByRole('tablist', { name: 'Exchange Directory Properties' })).toBeTruthy();
    expect(tab('General').getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'General' }).textContent).toContain('Exchange Directory');
    tab('General').focus();
    fireEvent.keyDown(tab('General'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Advanced'));
    expect(screen.getByRole('tabpanel', { name: 'Advanced' })).toBeTruthy();
    fireEvent.keyDown(tab('Advanced'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('General'));
    fireEvent.keyDown(tab('General'), { key: 'ArrowRight' });
    expect(tab('Dependencies').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Dependencies'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Advanced'));
    fireEvent.click(tab('General'));
    expect(tab('General').getAttribute('aria-selected')).toBe('true');
  });

  test('the panel is a Tab stop only when it holds no control (APG)', () => {
    const tabs = [
      { id: 'text', label: 'Text', content: <p>Nothing to focus here</p> },
      { id: 'form', label: 'Form', content: <label>Subject <input type="text" /></label> },
    ];
    render(<PropertySheet label="Props" tabs={tabs} onOk={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole('tabpanel', { name: 'Text' }).tabIndex).toBe(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }));
    expect(screen.getByRole('tabpanel', { name: 'Form' }).hasAttribute('tabindex')).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: 'Text' }));
    expect(screen.getByRole('tabpanel', { name: 'Text' }).tabIndex).toBe(0);
  });

  test('OK, Cancel, Apply and Escape', () => {
    const onOk = vi.fn();
    const onCancel = vi.fn();
    const onApply = vi.fn();
    render(<PropertySheet label="Props" tabs={TABS} onOk={onOk} onCancel={onCancel} onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    fireEvent.keyDown(screen.getByRole('tab', { name: 'General' }), { key: 'Escape' });
    expect(onOk).toHaveBeenCalledOnce();
    expect(onApply).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
