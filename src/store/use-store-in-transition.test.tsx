import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStoreInTransition, useStorePaced } from './use-store-in-transition.ts';

afterEach(cleanup);

const counter = () => createStore<{ n: number }>(() => ({ n: 0 }));

test("a store change is drawn after the input's own update, not inside it", () => {
  const store = counter();
  function Shows() {
    return <output>{useStoreInTransition(store, (s) => s.n)}</output>;
  }
  render(<Shows />);
  act(() => {
    // A synchronous (input) flush does not carry the store's change: zustand's own hook would.
    flushSync(() => store.setState({ n: 1 }));
    expect(screen.getByRole('status').textContent).toBe('0');
  });
  expect(screen.getByRole('status').textContent).toBe('1');
});

test('a render for a local change reads the store as it is now', () => {
  const store = counter();
  let press = () => {};
  function StartsAndShows() {
    const [asked, setAsked] = useState(false);
    const n = useStoreInTransition(store, (s) => s.n);
    press = () => {
      store.setState({ n: 5 });
      setAsked(true);
    };
    return <output>{asked ? `asked, store ${n}` : 'idle'}</output>;
  }
  render(<StartsAndShows />);
  act(() => {
    flushSync(() => press());
    expect(screen.getByRole('status').textContent).toBe('asked, store 5');
  });
});

test('a change the selector does not see does not re-render', () => {
  const store = createStore<{ n: number; other: number }>(() => ({ n: 0, other: 0 }));
  let renders = 0;
  function Shows() {
    renders++;
    return <output>{useStoreInTransition(store, (s) => s.n)}</output>;
  }
  render(<Shows />);
  const before = renders;
  act(() => store.setState({ other: 1 }));
  expect(renders).toBe(before);
});

test('an urgent reader is drawn inside the input, and follows a change of pace', () => {
  const store = counter();
  let setUrgent: (u: boolean) => void = () => {};
  function Shows() {
    const [urgent, set] = useState(true);
    setUrgent = set;
    return <output>{useStorePaced(store, (s) => s.n, urgent)}</output>;
  }
  render(<Shows />);
  act(() => {
    flushSync(() => store.setState({ n: 1 }));
    expect(screen.getByRole('status').textContent).toBe('1');
  });
  act(() => setUrgent(false));
  act(() => {
    flushSync(() => store.setState({ n: 2 }));
    expect(screen.getByRole('status').textContent).toBe('1');
  });
  expect(screen.getByRole('status').textContent).toBe('2');
});
