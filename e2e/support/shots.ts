/** Where e2e specs write the screenshots a person looks at (kept with the other artifacts). */
export const SHOTS = 'test-results/screenshots';
