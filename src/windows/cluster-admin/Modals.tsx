import type { ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { AboutBox } from './AboutBox.tsx';
import { GroupProperties } from './GroupProperties.tsx';
import { ResourceProperties } from './ResourceProperties.tsx';
import type { Modal } from './use-cluster-admin.ts';

/** The one dialog Cluster Administrator has up, if any: a property sheet, About, or a message box. */
export function Modals({ modal, view, onClose }: { modal: Modal; view: ClusterView; onClose: () => void }) {
  if (!modal) return null;
  if (modal.kind === 'about') return <AboutBox onClose={onClose} />;
  if (modal.kind === 'message') return <MessageBox title="Cluster Administrator" icon={modal.icon} message={modal.text} onResult={onClose} />;
  if (modal.obj.kind === 'resource') return <ResourceProperties w={view} name={modal.obj.name} onClose={onClose} />;
  return <GroupProperties w={view} name={modal.obj.name} onClose={onClose} />;
}
