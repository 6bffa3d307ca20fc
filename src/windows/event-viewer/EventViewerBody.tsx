import { ABOUT_EVENT_VIEWER } from '../../sim/world/help-files.ts';
import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useMemo, useState } from 'react';
import { eventLogView, neighbourId } from '../../sim/selectors/event-viewer.ts';
import { formatEventDate, formatEventTime } from '../../sim/format.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { sendLab, useWorld } from '../../store/lab-session.ts';
import { ListView } from '../../ui/ListView.tsx';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { EventDetail } from './EventDetail.tsx';
import { EventTypeIcon } from './event-icons.tsx';
import { eventViewerMenus } from './event-viewer-menus.ts';
import { setEventView, useEventView } from './view-store.ts';
import './event-viewer.css';

const COLUMNS = [
  { label: 'Date', width: 62 },
  { label: 'Time', width: 76 },
  { label: 'Source', width: 110 },
  { label: 'Category', width: 104 },
  { label: 'Event', width: 44 },
  { label: 'User', width: 44 },
  { label: 'Computer' },
];

/** Event Viewer on `node` (domain §9.4): one log at a time, live, with Event Detail. */
export function EventViewerBody({ node }: { node: NodeName }) {
  const view = useEventView(node);
  const all = useWorld((w) => w.eventLogs[node]);
  const entries = useMemo(() => eventLogView(all ?? [], view.log, view.order), [all, view.log, view.order]);
  const [picked, setPicked] = useState<number | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [about, setAbout] = useState(false);
  const [lowSpeed, setLowSpeed] = useState(false);
  const [saveSettings, setSaveSettings] = useState(true);
  // NT 4 keeps the selection on the same event; a log without it selects its first line.
  const selectedId = entries.some((e) => e.id === picked) ? picked : (entries[0]?.id ?? null);
  const detail = entries.find((e) => e.id === detailId) ?? null;

  const show = (id: number | null) => {
    if (id === null) return;
    setPicked(id);
    setDetailId(id);
  };
  const menus = eventViewerMenus({
    log: view.log,
    order: view.order,
    setLog: (log) => setEventView(node, { log }),
    setOrder: (order) => setEventView(node, { order }),
    detail: () => show(selectedId),
    hasSelection: selectedId !== null,
    exit: () => sendLab({ type: 'app.close', node, app: 'event-viewer' }),
    notHere: setInfo,
    help: () => setHelp(true),
    about: () => setAbout(true),
    lowSpeed,
    toggleLowSpeed: () => setLowSpeed((v) => !v),
    saveSettings,
    toggleSaveSettings: () => setSaveSettings((v) => !v),
  });

  const rows = entries.map((e) => ({
    id: String(e.id),
    icon: <EventTypeIcon type={e.type} />,
    cells: [formatEventDate(e.at), formatEventTime(e.at), e.source, e.category, e.eventId, e.user, e.computer],
  }));

  return (
    <div className="evv-body">
      <MenuBar menus={menus} label="Event Viewer menu" />
      <ListView
        label={`${view.log} Log`}
        columns={COLUMNS}
        rows={rows}
        selectedId={selectedId === null ? null : String(selectedId)}
        onSelect={(id) => setPicked(Number(id))}
        onActivate={(id) => show(Number(id))}
        className="evv-list"
      />
      {detail && (
        <EventDetail
          entry={detail}
          hasPrevious={neighbourId(entries, detail.id, -1) !== null}
          hasNext={neighbourId(entries, detail.id, 1) !== null}
          onPrevious={() => show(neighbourId(entries, detail.id, -1))}
          onNext={() => show(neighbourId(entries, detail.id, 1))}
          onClose={() => setDetailId(null)}
        />
      )}
      {info && <MessageBox title="Event Viewer" icon="information" message={info} onResult={() => setInfo(null)} />}
      {help && <HelpMissing program="event-viewer" onClose={() => setHelp(false)} />}
      {about && <MessageBox title="About Event Viewer" icon="information" message={ABOUT_EVENT_VIEWER} onResult={() => setAbout(false)} />}
    </div>
  );
}
