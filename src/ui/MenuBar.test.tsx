import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MenuBar } from './MenuBar.tsx';
import type { MenuSpec } from './menu-types.ts';

afterEach(cleanup);

function setup() {
  const exit = vi.fn();
  const refresh = vi.fn();
  const large = vi.fn();
  const menus: MenuSpec[] = [
    { label: '&File', items: [{ label: '&Open...', disabled: true }, 'separator', { label: 'E&xit', shortcut: 'Alt+F4', onSelect: exit }] },
    {
      label: '&View',
      items: [
        { label: '&Status Bar', checked: true },
        { label: '&Icons', items: [{ label: '&Large', onSelect: large }, { label: '&Small' }] },
        { label: '&Refresh', shortcut: 'F5', onSelect: refresh },
      ],
    },
    { label: '&Help', items: [{ label: '&About...' }] },
  ];
  render(
    <div role="dialog" aria-label="Test window">
      <MenuBar menus={menus} label="Main menu" />
      <input aria-label="Body field" />
    </div>,
  );
  return { exit, refresh, large, bar: screen.getByRole('menubar', { name: 'Main menu' }) };
}

const key = (name: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement!, { key: name, ...init });
const focused = () => document.activeElement;

describe('MenuBar', () => {
  test('renders an APG menubar with underlined access keys and one tab stop', () => {
    const { bar } = setup();
    const items = within(bar).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['File', 'View', 'Help']);
    expect(items.map((i) => i.tabIndex)).toEqual([0, -1, -1]);
    expect(items[0].querySelector('u')?.textContent).toBe('F');
    expect(items[0].getAttribute('aria-haspopup')).toBe('menu');
    expect(items[0].getAttribute('aria-expanded')).toBe('false');
  });

  test('click opens a menu with separators, disabled items and shortcuts kept out of the name', () => {
    const { bar } = setup();
    fireEvent.click(within(bar).getByRole('menuitem', { name: 'File' }));
    const menu = screen.getByRole('menu', { name: 'File' });
    expect(within(menu).getAllByRole('separator')).toHaveLength(1);
    expect(within(menu).getByRole('menuitem', { name: 'Open...' }).getAttribute('aria-disabled')).toBe('true');
    const exit = within(menu).getByRole('menuitem', { name: 'Exit' });
    expect(exit.getAttribute('aria-keyshortcuts')).toBe('Alt+F4');
    expect(focused()).toBe(within(menu).getByRole('menuitem', { name: 'Open...' }));
  });

  test('arrow keys, Home/End and Escape move through the bar and menus', () => {
    const { bar } = setup();
    within(bar).getByRole('menuitem', { name: 'File' }).focus();
    key('ArrowRight');
    expect(focused()?.textContent).toBe('View');
    key('ArrowDown');
    const view = screen.getByRole('menu', { name: 'View' });
    expect(focused()).toBe(within(view).getByRole('menuitemcheckbox', { name: 'Status Bar' }));
    expect(focused()?.getAttribute('aria-checked')).toBe('true');
    key('End');
    expect(focused()?.textContent).toContain('Refresh');
    key('ArrowDown');
    expect(focused()?.textContent).toContain('Status Bar');
    key('ArrowRight');
    expect(screen.getByRole('menu', { name: 'Help' })).toBeTruthy();
    expect(screen.queryByRole('menu', { name: 'View' })).toBeNull();
    key('Escape');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(focused()?.textContent).toBe('Help');
  });

  test('submenus open with ArrowRight and close with ArrowLeft; Enter selects and closes', () => {
    const { bar, large, refresh } = setup();
    within(bar).getByRole('menuitem', { name: 'View' }).focus();
    key('Enter');
    key('ArrowDown');
    const icons = screen.getByRole('menuitem', { name: 'Icons' });
    expect(focused()).toBe(icons);
    key('ArrowRight');
    expect(icons.getAttribute('aria-expanded')).toBe('true');
    expect(focused()?.textContent).toContain('Large');
    key('ArrowLeft');
    expect(screen.queryByRole('menu', { name: 'Icons' })).toBeNull();
    expect(focused()).toBe(icons);
    key('ArrowRight');
    key('Enter');
    expect(large).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    within(bar).getByRole('menuitem', { name: 'View' }).focus();
    key('Enter');
    key('r');
    expect(refresh).toHaveBeenCalledOnce();
  });

  test('disabled items do nothing; access keys select', () => {
    const { bar, exit } = setup();
    within(bar).getByRole('menuitem', { name: 'File' }).focus();
    key('ArrowDown');
    key('Enter');
    expect(screen.getByRole('menu', { name: 'File' })).toBeTruthy();
    key('x');
    expect(exit).toHaveBeenCalledOnce();
  });

  test('F10 and Alt+letter enter the bar from the window body, and leaving returns focus', () => {
    setup();
    const field = screen.getByRole('textbox', { name: 'Body field' });
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'F10' });
    expect(focused()?.textContent).toBe('File');
    key('Escape');
    expect(focused()).toBe(field);
    fireEvent.keyDown(field, { key: 'v', code: 'KeyV', altKey: true });
    expect(screen.getByRole('menu', { name: 'View' })).toBeTruthy();
    key('Escape');
    key('Escape');
    expect(focused()).toBe(field);
  });

  test('Tab leaves the bar for the window body (the browser moves focus), closing any open menu', () => {
    const { bar } = setup();
    const file = within(bar).getByRole('menuitem', { name: 'File' });
    act(() => file.focus());
    // Not prevented: the browser's own Tab goes on to the next control, the body field.
    expect(fireEvent.keyDown(file, { key: 'Tab' })).toBe(true);
    expect(focused()).toBe(file);
    key('Enter');
    expect(screen.getByRole('menu', { name: 'File' })).toBeTruthy();
    act(() => file.focus());
    expect(fireEvent.keyDown(file, { key: 'Tab', shiftKey: true })).toBe(true);
    expect(screen.queryByRole('menu', { name: 'File' })).toBeNull();
  });
});
