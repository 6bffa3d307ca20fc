import { Icon } from '../../ui/Icon.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/** Help > About Cluster Administrator. */
export function AboutBox({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="About Cluster Administrator" onCancel={onClose} className="cluadmin-about">
      <div className="cluadmin-about-body">
        <Icon name="cluster" size={32} />
        <div>
          <p>Microsoft (R) Cluster Administrator</p>
          <p>Version 4.0 (Build 1381: Service Pack 4)</p>
          <p>Copyright (C) 1996-1998 Microsoft Corp.</p>
          <p>This product is licensed to: Cluster Restore Lab</p>
        </div>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="default" onClick={onClose}>
          OK
        </button>
      </div>
    </ModalDialog>
  );
}
