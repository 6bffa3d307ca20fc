import type { ToolWindow } from '../tool-window.ts';
import { RegistryEditorBody } from './RegistryEditorBody.tsx';
import './registry-editor.css';

/** Regedt32 (domain §9.5): the Registry Editor needed to inspect or re-create the Restore in Progress key. */
export const registryEditorWindow: ToolWindow = {
  useTitle: () => 'Registry Editor',
  Body: RegistryEditorBody,
  width: 700,
  height: 500,
};
