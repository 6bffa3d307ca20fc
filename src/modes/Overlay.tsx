import { SolutionDialog } from './coach/SolutionDialog.tsx';
import { BriefingDialog } from './dialogs/BriefingDialog.tsx';
import { CatalogDialog } from './dialogs/CatalogDialog.tsx';
import { HistoryDialog } from './dialogs/HistoryDialog.tsx';
import { ShareDialog } from './dialogs/ShareDialog.tsx';
import { ReplayDialog } from './instructor/ReplayDialog.tsx';
import { useModes } from './modes-store.ts';
import { ReportDialog } from './report/ReportDialog.tsx';
import { StorageBanner } from './StorageBanner.tsx';
import './modes.css';

/** Above the console: saved-data problems and the lab's own dialogs (one at a time). */
export function Overlay() {
  const dialog = useModes((s) => s.dialog);
  return (
    <>
      <StorageBanner />
      {dialog?.kind === 'catalog' && <CatalogDialog />}
      {dialog?.kind === 'briefing' && <BriefingDialog />}
      {dialog?.kind === 'report' && <ReportDialog key={dialog.finishedAt ?? 'now'} {...dialog} />}
      {dialog?.kind === 'history' && <HistoryDialog />}
      {dialog?.kind === 'replay' && <ReplayDialog {...dialog} />}
      {dialog?.kind === 'share' && <ShareDialog status={dialog.status} />}
      {dialog?.kind === 'solution' && <SolutionDialog />}
    </>
  );
}
