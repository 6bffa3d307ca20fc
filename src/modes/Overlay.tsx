import { lazy, Suspense } from 'react';
import { BriefingDialog } from './dialogs/BriefingDialog.tsx';
import { CatalogDialog } from './dialogs/CatalogDialog.tsx';
import { ShareDialog } from './dialogs/ShareDialog.tsx';
import { useModes } from './modes-store.ts';
import { StorageBanner } from './StorageBanner.tsx';

// Opened on demand only, so they stay out of the first download (bench: initial JS budget).
const SolutionDialog = lazy(() => import('./coach/SolutionDialog.tsx').then((m) => ({ default: m.SolutionDialog })));
const HistoryDialog = lazy(() => import('./dialogs/HistoryDialog.tsx').then((m) => ({ default: m.HistoryDialog })));
const ReplayDialog = lazy(() => import('./instructor/ReplayDialog.tsx').then((m) => ({ default: m.ReplayDialog })));
const LrsDialog = lazy(() => import('./instructor/LrsDialog.tsx').then((m) => ({ default: m.LrsDialog })));
const ReportDialog = lazy(() => import('./report/ReportDialog.tsx').then((m) => ({ default: m.ReportDialog })));
import './modes.css';

/** Above the console: saved-data problems and the lab's own dialogs (one at a time). */
export function Overlay() {
  const dialog = useModes((s) => s.dialog);
  return (
    <>
      <StorageBanner />
      {dialog?.kind === 'catalog' && <CatalogDialog />}
      {dialog?.kind === 'briefing' && <BriefingDialog />}
      <Suspense fallback={null}>
        {dialog?.kind === 'report' && <ReportDialog key={dialog.finishedAt ?? 'now'} {...dialog} />}
        {dialog?.kind === 'history' && <HistoryDialog />}
        {dialog?.kind === 'replay' && <ReplayDialog {...dialog} />}
        {dialog?.kind === 'solution' && <SolutionDialog />}
        {dialog?.kind === 'lrs' && <LrsDialog />}
      </Suspense>
      {dialog?.kind === 'share' && <ShareDialog status={dialog.status} />}
    </>
  );
}
