import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { CatalogBody } from '../catalog/CatalogBody.tsx';
import { useModes } from '../modes-store.ts';

/** Scenarios… from the top bar. */
export function CatalogDialog() {
  const close = useModes((s) => s.close);
  return (
    <ModalDialog title="Scenarios" onCancel={close} className="modes-dialog catalog-dialog">
      <CatalogBody notice={null} />
      <div className="dialog-buttons">
        <button type="button" onClick={close}>Cancel</button>
      </div>
    </ModalDialog>
  );
}
