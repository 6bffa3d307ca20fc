import { useEffect, useRef, type RefObject } from 'react';

type Handlers = { enter: () => void; exit: () => void; openByKey: (char: string) => boolean };

/**
 * F10, a lone Alt press and Alt+access key, as in Windows. Only the menu bar of the window that
 * holds focus reacts, so several open windows with menu bars do not fight over the keys.
 */
export function useMenuBarHotkeys(barRef: RefObject<HTMLElement | null>, handlers: Handlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let loneAlt = false;
    const inScope = () => {
      const bar = barRef.current;
      const scope = bar?.closest('[role="dialog"]');
      const focused = document.activeElement;
      return !!bar && !!scope && !!focused && scope.contains(focused);
    };
    const inBar = () => !!barRef.current?.contains(document.activeElement);
    const onDown = (e: KeyboardEvent) => {
      loneAlt = e.key === 'Alt' && !e.repeat;
      if (!inScope()) return;
      if (e.key === 'F10' && !e.shiftKey && !e.altKey && !e.ctrlKey) {
        e.preventDefault();
        if (inBar()) latest.current.exit();
        else latest.current.enter();
      } else if (e.altKey && !e.ctrlKey && e.code.startsWith('Key') && latest.current.openByKey(e.code.slice(3))) {
        // e.code, not e.key: with Alt held, some layouts report a symbol in e.key.
        e.preventDefault();
      }
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key !== 'Alt' || !loneAlt) return;
      loneAlt = false;
      if (!inScope()) return;
      e.preventDefault();
      if (inBar()) latest.current.exit();
      else latest.current.enter();
    };
    document.addEventListener('keydown', onDown);
    document.addEventListener('keyup', onUp);
    return () => {
      document.removeEventListener('keydown', onDown);
      document.removeEventListener('keyup', onUp);
    };
  }, [barRef]);
}
