import { useStorageProblems } from '../store/storage-problems.ts';

/** Problems with saved data, in plain words, each with where a copy was kept. */
export function StorageBanner() {
  const problems = useStorageProblems((s) => s.problems);
  const dismiss = useStorageProblems((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div className="storage-banner window" role="alert" aria-label="Saved data problems">
      {problems.map((p, i) => (
        <div key={`${i}-${p.message}`} className="storage-problem">
          <p>{p.message}</p>
          <button type="button" onClick={() => dismiss(i)}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
