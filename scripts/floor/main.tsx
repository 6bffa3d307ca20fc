/**
 * The benchmark's floor: the lab's libraries (React, 98.css, xstate, zustand, @xyflow/react), used
 * the least a real app could, rendering only a Start button. The lab's initial load is compared
 * with this page's.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Background, Handle, Position, ReactFlow } from '@xyflow/react';
import { createActor, createMachine } from 'xstate';
import { create } from 'zustand';
import '98.css';
import '@xyflow/react/dist/style.css';

const menu = createActor(createMachine({ id: 'start', initial: 'closed', states: { closed: { on: { toggle: 'open' } }, open: { on: { toggle: 'closed' } } } })).start();
const useFloor = create<{ presses: number; press: () => void }>((set) => ({ presses: 0, press: () => set((s) => ({ presses: s.presses + 1 })) }));

// Keeps the map library in the bundle (an app that draws a map ships it) without rendering it.
(globalThis as { floorMap?: unknown }).floorMap = { ReactFlow, Background, Handle, Position };

function Floor() {
  const presses = useFloor((s) => s.presses);
  const press = useFloor((s) => s.press);
  // The least Start menu: one item, shown while the machine is open (the benchmark times it).
  const open = presses % 2 === 1;
  return (
    <div style={{ position: 'fixed', inset: 'auto 0 0 0', padding: 2, background: 'silver' }}>
      {open && (
        <ul role="menu" aria-label="Start" style={{ position: 'absolute', bottom: '100%', margin: 0, padding: 4, listStyle: 'none', background: 'silver' }}>
          <li role="menuitem" tabIndex={-1}>Programs</li>
        </ul>
      )}
      <button type="button" onClick={() => { press(); menu.send({ type: 'toggle' }); }} data-presses={presses}>
        Start
      </button>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
