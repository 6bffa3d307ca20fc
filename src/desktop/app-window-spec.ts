import type { ReactNode } from 'react';

/** What the lab gives the shell for one open program. */
export type AppWindowSpec = {
  title: string;
  menuBar?: ReactNode;
  statusBar?: ReactNode;
  body: ReactNode;
  width?: number;
  height?: number;
  /** A dialog box (the Services applet): no icon in the title bar, which has only Close. */
  dialogFrame?: boolean;
};

export const windowId = (node: string, app: string) => `${node}/${app}`;
