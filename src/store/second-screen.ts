import { create } from 'zustand';

/**
 * The instructor's second screen as this page sees it. In the console: `connected` while a "Map and
 * controls" window follows it (the console then takes the full width). In that window: whether the
 * console still answers. `blocked` when the browser refused to open the window.
 */
export type SecondScreenStatus = 'off' | 'opening' | 'connected' | 'blocked' | 'console-lost';

export const useSecondScreen = create<{ status: SecondScreenStatus }>()(() => ({ status: 'off' }));

export const setSecondScreenStatus = (status: SecondScreenStatus) => useSecondScreen.setState({ status });
