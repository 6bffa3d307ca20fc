import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { endpointProblem, lrsSettings, saveLrsSettings } from '../../store/lrs-settings.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useModes } from '../modes-store.ts';

/**
 * Instructor: xAPI without an LMS. Endpoint and key of any conformant Learning Record Store; kept in
 * this browser only, and every attempt here then reports to it.
 */
export function LrsDialog() {
  const close = useModes((s) => s.close);
  const saved = useStore(lrsSettings, (s) => s.settings);
  const [form, setForm] = useState({ endpoint: saved?.endpoint ?? '', key: saved?.key ?? '', secret: saved?.secret ?? '', learner: saved?.learner ?? '' });
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const field = (name: keyof typeof form, label: string, type = 'text') => (
    <div className="field-row-stacked">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type={type} value={form[name]} autoComplete="off" spellCheck={false}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })} {...(name === 'endpoint' ? { 'data-autofocus': true } : {})} />
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const endpoint = form.endpoint.trim();
    const p = endpointProblem(endpoint);
    if (p) return setProblem(p);
    saveLrsSettings({ ...form, endpoint });
    close();
  };
  const forget = () => {
    saveLrsSettings(null);
    close();
  };
  return (
    <ModalDialog title="Learning Record Store" onCancel={close} className="modes-dialog lrs-dialog">
      <form onSubmit={submit}>
        <p className="coach-note">Every attempt in this browser sends xAPI statements to this LRS. The key stays in this browser: it is never part of a share link.</p>
        {field('endpoint', 'xAPI endpoint:')}
        {field('key', 'Key (user name):')}
        {field('secret', 'Secret (password):', 'password')}
        {field('learner', 'Trainee name on this computer:')}
        <p className="coach-note" role="alert">{problem}</p>
        <div className="dialog-buttons">
          <button type="submit">Save</button>
          {saved && <button type="button" onClick={forget}>Stop sending</button>}
          <button type="button" onClick={close}>Cancel</button>
        </div>
      </form>
    </ModalDialog>
  );
}
