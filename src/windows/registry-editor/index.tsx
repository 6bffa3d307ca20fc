import { lazyBody, type ToolWindow } from '../tool-window.ts';

/** Regedt32 (domain §9.5): the Registry Editor needed to inspect or re-create the Restore in Progress key. */
export const registryEditorWindow: ToolWindow = {
  useTitle: () => 'Registry Editor',
  Body: lazyBody(() => import('./RegistryEditorBody.tsx'), 'RegistryEditorBody'),
  width: 700,
  height: 500,
};
