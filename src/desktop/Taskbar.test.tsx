import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Taskbar } from './Taskbar.tsx';
import type { StartMenuActions } from './start-menu-items.tsx';

afterEach(cleanup);

const actions = (): StartMenuActions => ({ openApp: vi.fn(), notSimulated: vi.fn(), run: vi.fn(), shutDown: vi.fn() });
const taskbar = (startActions: StartMenuActions) => (
  <Taskbar buttons={[]} onButton={() => {}} node="NODE1" onSwitchNode={() => {}} clock="9:00 AM" startActions={startActions} />
);
// jsdom has no requestIdleCallback: the first idle moment is the next task.
const idle = () => act(() => new Promise((r) => setTimeout(r, 10)));
const startButton = () => screen.getByRole('button', { name: 'Start' });
// The kept menu: the element holding role="menu" whether or not assistive technology may see it.
const keptMenu = () => document.querySelector('[role="menu"][aria-label="Start"]');

describe('the Start menu', () => {
  test('is built once at the first idle moment, hidden; each opening shows that same menu and focuses its first item', async () => {
    render(taskbar(actions()));
    await idle();
    const built = keptMenu();
    expect(built).not.toBeNull();
    expect(screen.queryByRole('menu', { name: 'Start' })).toBeNull();

    fireEvent.click(startButton());
    expect(screen.getByRole('menu', { name: 'Start' })).toBe(built);
    expect(document.activeElement?.textContent).toContain('Programs');
    expect(startButton().getAttribute('aria-expanded')).toBe('true');

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu', { name: 'Start' })).toBeNull();
    expect(document.activeElement).toBe(startButton());

    fireEvent.click(startButton());
    expect(screen.getByRole('menu', { name: 'Start' })).toBe(built);
  });

  test('a submenu left open is closed with the menu, and an item runs the actions the taskbar has now', async () => {
    const first = actions();
    const { rerender } = render(taskbar(first));
    await idle();
    fireEvent.click(startButton());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('menu', { name: 'Programs' })).toBeTruthy();
    fireEvent.click(startButton());
    expect(screen.queryByRole('menu', { name: 'Start' })).toBeNull();
    fireEvent.click(startButton());
    expect(screen.getByRole('menu', { name: 'Start' })).toBeTruthy();
    expect(screen.queryByRole('menu', { name: 'Programs' })).toBeNull();

    const now = actions();
    rerender(taskbar(now));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Run...' }));
    expect(now.run).toHaveBeenCalledTimes(1);
    expect(first.run).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu', { name: 'Start' })).toBeNull();
  });
});
