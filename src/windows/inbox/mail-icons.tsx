/** 16×16 Exchange client glyphs, drawn inline like the shared icons in src/ui/icons. */
export function EnvelopeIcon({ open = false }: { open?: boolean }) {
  return (
    <svg className="nt-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {open ? (
        <>
          <path d="M1.5 7.5 l6.5 -5 l6.5 5 v6 h-13 z" fill="#fff" stroke="#000" />
          <path d="M1.5 7.5 l6.5 4 l6.5 -4" fill="none" stroke="#808080" />
        </>
      ) : (
        <>
          <rect x="1.5" y="3.5" width="13" height="9" fill="#ffff80" stroke="#000" />
          <path d="M1.5 3.5 l6.5 5 l6.5 -5" fill="none" stroke="#000" />
        </>
      )}
    </svg>
  );
}

export function ReceiptIcon() {
  return (
    <svg className="nt-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3.5" width="13" height="9" fill="#fff" stroke="#000" />
      <path d="M1.5 3.5 l6.5 5 l6.5 -5" fill="none" stroke="#808080" />
      <path d="M8 12 l2 2 l5 -6" fill="none" stroke="#008000" strokeWidth="1.6" />
    </svg>
  );
}

/** A folder glyph per mailbox entry (tray, outbox, wastebasket, sent). */
export function FolderIcon({ kind }: { kind: 'store' | 'Inbox' | 'Outbox' | 'Deleted Items' | 'Sent Items' }) {
  return (
    <svg className="nt-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'store' && <rect x="2.5" y="1.5" width="11" height="13" fill="#c0c0c0" stroke="#000" />}
      {kind === 'store' && <path d="M4 5.5 h8 M4 9.5 h8 M7 3.5 h2 M7 7.5 h2 M7 11.5 h2" stroke="#000" />}
      {kind === 'Deleted Items' && <path d="M3.5 4.5 h9 l-1 10 h-7 z M2.5 3.5 h11" fill="#c0c0c0" stroke="#000" />}
      {(kind === 'Inbox' || kind === 'Outbox' || kind === 'Sent Items') && (
        <>
          <path d="M0.5 8.5 h4 l1 2 h5 l1 -2 h4 v6 h-15 z" fill="#ffff00" stroke="#808000" />
          <rect x="3.5" y="2.5" width="9" height="6" fill="#fff" stroke="#000" />
          {kind === 'Outbox' && <path d="M8 7 v-4 M6 5 l2 -2 l2 2" stroke="#000" fill="none" />}
          {kind === 'Sent Items' && <path d="M5 6 h6" stroke="#000" />}
        </>
      )}
    </svg>
  );
}
