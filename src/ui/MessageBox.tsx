import { useId, useRef, type ReactNode } from 'react';
import { Icon } from './Icon.tsx';
import { ModalShell } from './ModalShell.tsx';

export type MessageBoxIcon = 'information' | 'warning' | 'error' | 'question';
export type MessageBoxResult = 'ok' | 'cancel' | 'yes' | 'no' | 'retry' | 'abort' | 'ignore';
export type MessageBoxButtons = 'ok' | 'okCancel' | 'yesNo' | 'yesNoCancel' | 'retryCancel' | 'abortRetryIgnore';

const BUTTONS: Record<MessageBoxButtons, MessageBoxResult[]> = {
  ok: ['ok'],
  okCancel: ['ok', 'cancel'],
  yesNo: ['yes', 'no'],
  yesNoCancel: ['yes', 'no', 'cancel'],
  retryCancel: ['retry', 'cancel'],
  abortRetryIgnore: ['abort', 'retry', 'ignore'],
};
const CAPTION: Record<MessageBoxResult, string> = {
  ok: 'OK', cancel: 'Cancel', yes: 'Yes', no: 'No', retry: 'Retry', abort: 'Abort', ignore: 'Ignore',
};

export type MessageBoxProps = {
  title: string;
  message: ReactNode;
  icon?: MessageBoxIcon;
  buttons?: MessageBoxButtons;
  /** Defaults to the first button, as MessageBox() does. */
  defaultButton?: MessageBoxResult;
  onResult: (result: MessageBoxResult) => void;
};

/** Escape answers Cancel, else No; an OK-only box treats Escape as OK, like Windows. */
function escapeResult(choices: MessageBoxResult[]): MessageBoxResult | null {
  if (choices.includes('cancel')) return 'cancel';
  if (choices.includes('no')) return 'no';
  return choices.length === 1 ? choices[0] : null;
}

/** A modal, centred NT message box on the modal shell, focus starting on the default button. */
export function MessageBox({ title, message, icon, buttons = 'ok', defaultButton, onResult }: MessageBoxProps) {
  const textId = useId();
  const defaultRef = useRef<HTMLButtonElement>(null);
  const choices = BUTTONS[buttons];
  const initial = defaultButton && choices.includes(defaultButton) ? defaultButton : choices[0];
  const onEscape = escapeResult(choices);

  return (
    <ModalShell
      title={title}
      role="alertdialog"
      className="window message-box"
      // Alt+F4 on a message box answers it like Escape.
      onCancel={onEscape ? () => onResult(onEscape) : undefined}
      describedBy={textId}
      initialFocus={() => defaultRef.current}
      // A click on the text or icon leaves the focus on the button, as in Windows.
      onMouseDown={(e) => !(e.target as Element).closest('button') && e.preventDefault()}
    >
      <div className="window-body message-box-body">
        {icon && <Icon name={icon} size={32} className="message-box-icon" />}
        <div id={textId} className="message-box-text">
          {message}
        </div>
      </div>
      <div className="dialog-buttons centered">
        {choices.map((c) => (
          <button key={c} type="button" ref={c === initial ? defaultRef : undefined} className={c === initial ? 'default' : undefined} onClick={() => onResult(c)}>
            {CAPTION[c]}
          </button>
        ))}
      </div>
    </ModalShell>
  );
}
