/**
 * What the app layer lends to the features, which may not import src/app: the app provides it when
 * it starts (see `startLab` in src/app/controller.ts).
 */
export interface AppPort {
  /** The link that starts the running scenario in its mode with its seed (nothing test-only). */
  shareLink: () => string;
  /** Opens "Map and controls" in a window of its own (the instructor's second screen). */
  openSecondScreen: () => void;
  /** Closes that window: the console gets its panels back. */
  closeSecondScreen: () => void;
}

let port: AppPort | null = null;

export const provideAppPort = (p: AppPort) => { port = p; };

export function appPort(): AppPort {
  if (!port) throw new Error('The lab app has not started.');
  return port;
}
