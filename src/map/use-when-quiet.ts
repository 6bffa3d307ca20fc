import { useEffect, useState } from 'react';
import { whenQuiet } from '../lib/when-quiet.ts';

/**
 * False until the first pause in the trainee's input after mount (see `whenQuiet`), however long
 * that takes: drawing the graph holds the main thread for a moment, which must not land on a click.
 */
export function useWhenQuiet(): boolean {
  const [quiet, setQuiet] = useState(false);
  useEffect(() => (quiet ? undefined : whenQuiet(() => setQuiet(true), { giveUpMs: Infinity })), [quiet]);
  return quiet;
}
