import { serveRequests } from '../lib/worker-call.ts';
import { searchJump } from './find-path.ts';

/** Runs the jump search off the main thread, so the lab keeps drawing while it looks. */
serveRequests(searchJump);
