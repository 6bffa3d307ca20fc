import { useState } from 'react';
import { clustersOnNetwork } from '../../sim/selectors/cluster-connect.ts';
import { clusterProperties } from '../../sim/selectors/cluster-properties.ts';
import type { ClusterView } from '../../sim/selectors/cluster-admin.ts';
import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { AboutBox } from './AboutBox.tsx';
import { ClusterProperties } from './ClusterProperties.tsx';
import { GroupProperties } from './GroupProperties.tsx';
import { OpenConnection } from './OpenConnection.tsx';
import { ResourceProperties } from './ResourceProperties.tsx';
import type { Modal } from './use-cluster-admin.ts';

type Props = { modal: Modal; view: ClusterView; recent: readonly string[]; onOpen: (name: string) => void; onClose: () => void };

/** The one dialog Cluster Administrator has up, if any: a property sheet, Open Connection, About, or a message box. */
export function Modals({ modal, view, recent, onOpen, onClose }: Props) {
  if (!modal) return null;
  if (modal.kind === 'about') return <AboutBox onClose={onClose} />;
  if (modal.kind === 'help') return <HelpMissing program="cluster-admin" onClose={onClose} />;
  if (modal.kind === 'message') return <MessageBox title="Cluster Administrator" icon={modal.icon} message={modal.text} onResult={onClose} />;
  if (modal.kind === 'connect') return <OpenConnection recent={recent} clusters={clustersOnNetwork(view)} onOpen={onOpen} onCancel={onClose} />;
  if (modal.kind === 'connect-failed') return <ConnectFailed key={modal.question} question={modal.question} error={modal.error} onClose={onClose} />;
  if (modal.obj.kind === 'cluster') return <ClusterProperties p={clusterProperties(view.cluster)} onClose={onClose} />;
  if (modal.obj.kind === 'resource') return <ResourceProperties w={view} name={modal.obj.name} onClose={onClose} />;
  return <GroupProperties w={view} name={modal.obj.name} onClose={onClose} />;
}

/**
 * Q228480: "Would you like Cluster Administrator to attempt to start the Cluster Service…?" Yes
 * tries and fails (the name reaches no running Cluster Service), No does not try: either way the
 * RPC error follows.
 */
function ConnectFailed({ question, error, onClose }: { question: string; error: string; onClose: () => void }) {
  const [answered, setAnswered] = useState(false);
  if (!answered) return <MessageBox title="Cluster Administrator" icon="question" buttons="yesNo" message={question} onResult={() => setAnswered(true)} />;
  return <MessageBox title="Cluster Administrator" icon="error" message={error} onResult={onClose} />;
}
