import { startTransition, useState } from 'react';
import type { SimEvent } from '../../sim/events.ts';
import { runningRestoreOn } from '../../sim/selectors/backup.ts';
import { connectExchange, type ExchangeServerView } from '../../sim/selectors/exchange-connect.ts';
import type { BackupItem, NodeName } from '../../sim/world/names.ts';
import { refusalOf } from '../../sim/session/verdict.ts';
import { getWorld, sendLab, useWorld } from '../../store/lab-session.ts';
import type { MessageBoxIcon } from '../../ui/MessageBox.tsx';
import { restoreEvent, type PageOptions } from './restore-form.ts';

export type Note = { title: string; text: string; icon: MessageBoxIcon };
export type Pane = 'drives' | 'tapes' | 'exchange';

/**
 * The Backup window's own state (ticked items, open dialogs, panes) and its commands. Outcomes
 * come from the world: a command sends its event and shows the engine's refusal in a box.
 */
export function useBackupUi(node: NodeName) {
  const cataloged = useWorld((w) => w.tape.cataloged);
  const [ticked, setTicked] = useState<BackupItem[]>([]);
  const [restoreOpen, setRestoreOpen] = useState(false);
  // Reopened while a job runs: show its status again.
  const [statusIndex, setStatusIndex] = useState(() => runningRestoreOn(getWorld(), node));
  const [note, setNote] = useState<Note | null>(null);
  const [pane, setPane] = useState<Pane>('tapes');
  const [expanded, setExpanded] = useState(true);
  const [connectOpen, setConnectOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exchange, setExchange] = useState<ExchangeServerView | null>(null);
  const selection = cataloged ? ticked : [];

  const send = (event: SimEvent, icon: MessageBoxIcon = 'error') => {
    const refusal = refusalOf(sendLab(event));
    if (refusal) setNote({ title: 'Backup', text: refusal, icon });
    return !refusal;
  };

  return {
    node, cataloged, selection, restoreOpen, statusIndex, note, pane, expanded, connectOpen, exchange, helpOpen,
    setTicked, setPane, setExpanded,
    closeNote: () => setNote(null),
    /** Help (menu and Help buttons): WinHelp finds no BACKUP.HLP. */
    showHelp: () => setHelpOpen(true),
    closeHelp: () => setHelpOpen(false),
    showNote: (text: string, title = 'Backup', icon: MessageBoxIcon = 'information') => setNote({ title, text, icon }),
    // The Tapes window and the status bar follow the catalog as the engine reads it.
    loadCatalog: () => send({ type: 'backup.catalog', node }, 'information'),
    openConnect: () => setConnectOpen(true),
    cancelConnect: () => setConnectOpen(false),
    connect: (server: string) => {
      setConnectOpen(false);
      const result = connectExchange(getWorld(), server);
      if (!result.ok) {
        setNote({ title: 'Backup', text: result.text, icon: 'error' });
        return;
      }
      setExchange(result.view);
      setPane('exchange');
    },
    // The lab's largest form: the click paints first, the box follows in a transition.
    openRestore: () => selection.length > 0 && startTransition(() => setRestoreOpen(true)),
    cancelRestore: () => setRestoreOpen(false),
    confirmRestore: (page: PageOptions) => {
      setRestoreOpen(false);
      const before = getWorld().backup.restores.length;
      if (!send(restoreEvent(node, selection, page))) return;
      if (getWorld().backup.restores.length > before) setStatusIndex(before);
    },
    abort: () => send({ type: 'backup.abort', node }),
    closeStatus: () => setStatusIndex(-1),
    exit: () => sendLab({ type: 'app.close', node, app: 'backup' }),
  };
}

export type BackupUi = ReturnType<typeof useBackupUi>;
