/** Vertical room between one rank of states and the next: the layout leaves it, the map's follow counts on it. */
export const RANK_GAP = 44;
