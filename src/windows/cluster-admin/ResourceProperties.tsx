import type { ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { PropertySheet } from '../../ui/PropertySheet.tsx';
import type { TabSpec } from '../../ui/Tabs.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { AdvancedPage, DependenciesPage, GeneralPage, ParametersPage, RegistryPage } from './resource-pages.tsx';

/** A resource's property sheet (read-only in this lab): it shows the world as it is now. */
export function ResourceProperties({ w, name, onClose }: { w: ClusterView; name: string; onClose: () => void }) {
  const r = w.cluster.resources[name];
  if (!r) return null;
  const tabs: TabSpec[] = [
    { id: 'general', label: 'General', content: <GeneralPage w={w} r={r} /> },
    { id: 'dependencies', label: 'Dependencies', content: <DependenciesPage w={w} r={r} /> },
    { id: 'advanced', label: 'Advanced', content: <AdvancedPage w={w} r={r} /> },
    { id: 'parameters', label: 'Parameters', content: <ParametersPage w={w} r={r} /> },
  ];
  if (r.type === 'Generic Service') tabs.push({ id: 'registry', label: 'Registry Replication', content: <RegistryPage w={w} r={r} /> });
  return (
    <ModalDialog title={`${r.name} Properties`} onCancel={onClose} className="cluadmin-sheet">
      <PropertySheet label={`${r.name} properties`} tabs={tabs} onOk={onClose} onCancel={onClose} onApply={onClose} applyDisabled />
    </ModalDialog>
  );
}
