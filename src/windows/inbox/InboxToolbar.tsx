import { Icon } from '../../ui/Icon.tsx';
import { EnvelopeIcon, FolderIcon } from './mail-icons.tsx';

type Props = { onNewMessage: () => void; onToggleFolders: () => void; onInbox: () => void; showFolders: boolean };

/** The Exchange client's standard toolbar (icon buttons with tooltips); unmodelled commands are greyed. */
export function InboxToolbar({ onNewMessage, onToggleFolders, onInbox, showFolders }: Props) {
  return (
    <div role="toolbar" aria-label="Standard" className="inbox-toolbar">
      <button type="button" className="tool-button" aria-label="Show/Hide Folder List" aria-pressed={showFolders} title="Show/Hide Folder List" onClick={onToggleFolders}>
        <Icon name="folder" />
      </button>
      <span className="tool-sep" />
      <button type="button" className="tool-button" aria-label="New Message" title="New Message" onClick={onNewMessage}>
        <EnvelopeIcon />
      </button>
      <span className="tool-sep" />
      <button type="button" className="tool-button" aria-label="Delete" title="Delete" disabled>
        <span className="tool-glyph">✕</span>
      </button>
      <button type="button" className="tool-button" aria-label="Reply to Sender" title="Reply to Sender" disabled>
        <span className="tool-glyph">↶</span>
      </button>
      <button type="button" className="tool-button" aria-label="Forward" title="Forward" disabled>
        <span className="tool-glyph">↷</span>
      </button>
      <span className="tool-sep" />
      <button type="button" className="tool-button" aria-label="Inbox" title="Inbox" onClick={onInbox}>
        <FolderIcon kind="Inbox" />
      </button>
    </div>
  );
}
