import { HELP_TITLE, helpFileMissing, type HelpProgram } from '../sim/world/help-files.ts';
import { MessageBox } from './MessageBox.tsx';

/** WinHelp's box when a program's help file is not installed (sim/world/help-files.ts); Yes or No closes it. */
export function HelpMissing({ program, onClose }: { program: HelpProgram; onClose: () => void }) {
  return <MessageBox title={HELP_TITLE} icon="warning" buttons="yesNo" message={helpFileMissing(program)} onResult={onClose} />;
}
