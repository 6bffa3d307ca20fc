import { useId, useRef, useState } from 'react';
import { importScenarioText } from '../imported-scenarios.ts';

/** Instructor: read a scenario from a JSON file; it joins the catalog and is kept in this browser. */
export function ScenarioImport() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const read = async (file: File | undefined) => {
    if (!file) return;
    const r = await importScenarioText(await file.text());
    setResult(r.ok
      ? { ok: true, text: `Imported “${r.scenario.title}”. It is in the scenario catalog, kept in this browser.` }
      : { ok: false, text: `The scenario file “${file.name}” cannot be used: ${r.error}` });
    if (input.current) input.current.value = '';
  };
  return (
    <div className="scenario-import">
      <button type="button" onClick={() => input.current?.click()}>Import scenario…</button>
      <input ref={input} id={id} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-label="Scenario file" onChange={(e) => void read(e.target.files?.[0])} />
      {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'coach-note' : 'error-text'}>{result.text}</p>}
    </div>
  );
}
