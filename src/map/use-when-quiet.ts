import { useEffect, useState } from 'react';
import { whenQuiet } from '../lib/when-quiet.ts';

/** False until the first pause in the trainee's input after mount (see `whenQuiet`). */
export function useWhenQuiet(): boolean {
  const [quiet, setQuiet] = useState(false);
  useEffect(() => (quiet ? undefined : whenQuiet(() => setQuiet(true))), [quiet]);
  return quiet;
}
