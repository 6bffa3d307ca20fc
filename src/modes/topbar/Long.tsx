import type { ReactNode } from 'react';

/**
 * Words of a top-bar label that a narrow screen leaves out of sight (below 1280 px wide): they stay
 * in the text, so names for screen readers and tests do not change ("Export attempt" reads as
 * "Export" on a projector and is still named "Export attempt").
 */
export function Long({ children }: { children: ReactNode }) {
  return <span className="topbar-long">{children}</span>;
}
