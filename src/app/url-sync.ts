import { labSession } from '../store/lab-session.ts';
import { formatDeepLink, shareLink } from './deep-link.ts';

const runningLink = () => {
  const { scenario, mode, attempt } = labSession.getState();
  return { scenarioId: scenario.id, mode, seed: attempt.seed };
};

/** Puts scenario, mode and seed in the address bar without a new history entry (the share link). */
export function reflectInUrl(): void {
  const search = formatDeepLink(location.search, runningLink());
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** The link that starts the running scenario in its mode with its seed. */
export const currentShareLink = () => shareLink(location.origin, location.pathname, runningLink());
