import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Control Panel > Services. NT 4 titles the applet just "Services" (domain §9.3). */
export const servicesWindow: ToolWindow = {
  useTitle: () => 'Services',
  Body: lazyBody(() => import('./ServicesBody.tsx'), 'ServicesBody'),
  width: 560,
  height: 330,
  dialogFrame: true,
};
