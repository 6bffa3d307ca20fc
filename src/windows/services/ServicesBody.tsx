import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useEffect, useMemo, useRef, useState } from 'react';
import { canContinue, canPause, clusterResourceOf, exchangeServiceRowsOf, serviceCommands, type ServiceCommands } from '../../sim/selectors/services.ts';
import { SERVICE_ACCOUNT, type NodeName } from '../../sim/world/names.ts';
import { sendLab, useWorld, useWorldShallow } from '../../store/lab-session.ts';
import { ListView } from '../../ui/ListView.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { ServiceButtons, pressAccessKey } from './ServiceButtons.tsx';
import { ServiceProgress } from './ServiceProgress.tsx';
import { serviceListRows } from './service-list.ts';
import { StartupDialog } from './StartupDialog.tsx';
import { SYSTEM_SERVICES } from '../../sim/world/system-services.ts';
import { useServiceControl } from './use-service-control.ts';
import './services.css';

const COLUMNS = [{ label: 'Service', width: 260 }, { label: 'Status', width: 90 }, { label: 'Startup' }];
type Info = { title: string; text: string };
const NO_COMMANDS: ServiceCommands = { start: false, stop: false };

/** Control Panel > Services on `node` (domain §9.3): the list, the button column, Startup Parameters. */
export function ServicesBody({ node }: { node: NodeName }) {
  const table = useWorld((w) => w.services[node]);
  const exchange = useMemo(() => exchangeServiceRowsOf(table), [table]);
  const rows = serviceListRows(exchange, SYSTEM_SERVICES);
  const [selectedId, setSelectedId] = useState<string>(rows[0]?.id ?? '');
  const [params, setParams] = useState('');
  const [startup, setStartup] = useState(false);
  const [info, setInfo] = useState<Info | null>(null);
  const [help, setHelp] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const control = useServiceControl(node);
  const row = rows.find((r) => r.id === selectedId) ?? null;
  const svc = row?.exchange ?? null;
  const resource = useWorld((w) => (svc ? clusterResourceOf(w, svc) : null));
  const can = useWorldShallow((w) => (svc ? serviceCommands(w, node, svc) : NO_COMMANDS));
  const busy = control.progress !== null;
  const pausable = useWorld((w) => (svc ? canPause(w, node, svc) : false));
  const continuable = useWorld((w) => (svc ? canContinue(w, node, svc) : false));

  // After a progress box closes, focus would land on a button that is now disabled: go back to the list.
  useEffect(() => {
    if (!busy && (document.activeElement === document.body || document.activeElement === null)) {
      rootRef.current?.querySelector<HTMLElement>('tr[aria-selected="true"]')?.focus();
    }
  }, [busy]);

  // Pause and Continue disable the button just pressed: keep the focus in the applet, on the list.
  const focusList = () => rootRef.current?.querySelector<HTMLElement>('tr[aria-selected="true"]')?.focus();
  const notHere = (what: string) => setInfo({ title: 'Services', text: `${what} is not part of this lab.` });
  const close = () => sendLab({ type: 'app.close', node, app: 'services' });

  return (
    <div
      ref={rootRef}
      className="svc-body"
      onKeyDown={(e) => {
        // Keys from the owned boxes (portalled, but React-bubbled here) are theirs, not the applet's.
        if (!rootRef.current?.contains(e.target as Node)) return;
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          close();
        } else pressAccessKey(rootRef.current, e);
      }}
    >
      <ListView label="Service" columns={COLUMNS} rows={rows.map((r) => ({ id: r.id, cells: [r.displayName, r.status, r.startup] }))} selectedId={selectedId} onSelect={setSelectedId} className="svc-list" />
      <ServiceButtons
        buttons={[
          { label: 'Close', onClick: close, isDefault: true },
          { label: '&Start', disabled: busy || !can.start, onClick: () => svc && control.start(svc) },
          { label: 'S&top', disabled: busy || !can.stop, onClick: () => svc && control.askStop(svc) },
          { label: '&Pause', disabled: busy || !pausable, onClick: () => svc && (focusList(), control.pause(svc)) },
          { label: '&Continue', disabled: busy || !continuable, onClick: () => svc && (focusList(), control.resume(svc)) },
          { label: 'St&artup...', disabled: !svc, onClick: () => setStartup(true) },
          { label: 'H&W Profiles...', disabled: !svc, onClick: () => notHere('Hardware profiles') },
          { label: '&Help', onClick: () => setHelp(true) },
        ]}
      />
      <div className="svc-params field-row">
        <label htmlFor={`svc-params-${node}`}>
          Startup Para<u>m</u>eters:
        </label>
        <input id={`svc-params-${node}`} data-access-key="m" type="text" value={params} onChange={(e) => setParams(e.target.value)} />
      </div>
      {control.progress && <ServiceProgress progress={control.progress} />}
      {control.question && (
        <MessageBox title={control.question.title} icon="question" buttons="yesNo" message={control.question.text} onResult={(r) => control.answerStop(r === 'yes')} />
      )}
      {control.error && <MessageBox title="Service Control" icon="error" message={control.error} onResult={control.clearError} />}
      {info && <MessageBox title={info.title} icon="information" message={info.text} onResult={() => setInfo(null)} />}
      {help && <HelpMissing program="services" onClose={() => setHelp(false)} />}
      {startup && row && svc && (
        <StartupDialog displayName={row.displayName} startupType={exchange.find((r) => r.service === svc)?.startupType ?? 'Manual'} clusterResource={resource} account={SERVICE_ACCOUNT} onClose={() => setStartup(false)} />
      )}
    </div>
  );
}
