/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { showUpdatePrompt } from './update-prompt.ts';

/** Inside an LMS the lab never installs itself: a package marked `lab-launch`, a cmi5 launch, a frame or a window an LMS opened. */
export function inCourseLaunch(doc: Document, win: Window): boolean {
  const params = new URLSearchParams(win.location.search);
  return doc.querySelector('meta[name="lab-launch"]') !== null
    || (params.has('endpoint') && params.has('fetch'))
    || win.top !== win.self
    || win.opener !== null;
}

/** Registers the Workbox service worker; a waiting update shows "A new version is ready – Reload". */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || inCourseLaunch(document, window)) return;
  const update = registerSW({
    onNeedRefresh() {
      showUpdatePrompt(() => update(true));
    },
    onRegisterError(error: unknown) {
      console.warn('The lab could not install itself for offline use:', error);
    },
  });
}
