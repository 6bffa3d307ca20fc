import { serveRequests } from '../../lib/worker-call.ts';
import { searchRecovery } from '../selectors/hints.ts';

/** Runs the hint / solution search off the main thread, so the lab keeps drawing while it looks. */
serveRequests(searchRecovery);
