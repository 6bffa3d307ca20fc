import { create } from 'zustand';

/**
 * Whether this browser tab is the one that keeps the running lab saved. The same attempt open in
 * two tabs of one browser would save over each other; src/app/tab-claim.ts settles which tab holds
 * it (Web Locks) and sets this:
 * - `here`: this tab holds the lab and saves it (also when the browser cannot tell, or the
 *   scenario is not saved at all);
 * - `checking`: just started, asking the other tabs (nothing is saved until it is settled);
 * - `elsewhere`: another tab already has this lab open; this one does not save;
 * - `moved`: this tab handed the lab to another tab and stopped saving;
 * - `taking`: this tab asked the other to hand the lab over.
 */
export type TabClaimStatus = 'here' | 'checking' | 'elsewhere' | 'moved' | 'taking';

export const useTabClaim = create<{ status: TabClaimStatus }>()(() => ({ status: 'here' }));

export const setTabClaim = (status: TabClaimStatus) => useTabClaim.setState({ status });

/** Whether this tab may save the running attempt now. */
export const holdsTheLab = () => useTabClaim.getState().status === 'here';

/** Whether the tab should tell the user the lab is (or went) elsewhere. */
export const isAwayStatus = (s: TabClaimStatus) => s === 'elsewhere' || s === 'moved' || s === 'taking';
