import type { ToolWindow } from '../tool-window.ts';

/** Stands in for a program that is still being built. */
export const placeholderWindow = (title: string): ToolWindow => ({
  useTitle: () => title,
  Body: () => <p style={{ padding: 8 }}>{title} is not available in this build of the lab.</p>,
  width: 480,
  height: 300,
});
