/**
 * In-page instrumentation for the benchmark, installed with `page.addInitScript({ content })` so it
 * runs before the app. Plain JavaScript source (not a function) so no transpiler helper leaks in.
 * Everything is timed with `performance.now()` (0 = navigation start) and read back from
 * `window.benchProbe`.
 */

export interface ProbeOptions {
  /** First frame in which a visible, enabled button named "Start" exists. */
  usable?: boolean;
  /** Time from a double-click to the frame showing each newly named dialog (first time only). */
  windows?: boolean;
  /** Event Timing entries (durationThreshold 16), kept raw. */
  events?: boolean;
  /** Changes of the procedure map's `aria-current` node, timed from the last pointerup/keydown. */
  map?: boolean;
  /** Time from a click on the Start button to the first frame showing a menu (both pages open it on click). */
  startMenu?: boolean;
}

export interface EventEntry { name: string; duration: number; interactionId: number; startTime: number; target: string }
export interface MapChange { to: string | null; ms: number }
export interface ProbeState {
  usableAt: number | null;
  windowOpenMs: Record<string, number>;
  events: EventEntry[];
  mapSeen: boolean;
  mapChanges: MapChange[];
  startMenuMs: number | null;
}

export function probeScript(options: ProbeOptions): string {
  return `(() => {
  const o = ${JSON.stringify(options)};
  const b = (window.benchProbe = { usableAt: null, windowOpenMs: {}, events: [], mapSeen: false, mapChanges: [], startMenuMs: null });
  let lastDblclick = null, lastInput = null, startClick = null, mapCurrent, scheduled = false;
  const frame = (fn) => requestAnimationFrame(() => fn(performance.now()));
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
    return (el.getAttribute('aria-label') || '').trim();
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  };
  // What the trainee acted on: the nearest element with a role, by its name (for the slowest list).
  const describeTarget = (t) => {
    const el = t && t.closest ? t.closest('[role], button, a, input, select, textarea') || t : null;
    if (!el) return '';
    const role = el.getAttribute('role') || el.tagName.toLowerCase();
    const name = (el.getAttribute('aria-label') || nameOf(el) || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return role + (name ? ' "' + name + '"' : '');
  };
  // textContent, not innerText: innerText lays the page out, and the probe must not add work to what it times.
  const buttonName = (btn) => (btn.getAttribute('aria-label') || btn.textContent || '').trim();
  const scan = () => {
    if (o.usable && b.usableAt === null) {
      for (const btn of document.querySelectorAll('button')) {
        if (buttonName(btn) === 'Start' && !btn.disabled && btn.getAttribute('aria-disabled') !== 'true' && shown(btn)) {
          b.usableAt = -1;
          frame((t) => { b.usableAt = t; });
          break;
        }
      }
    }
    if (o.windows && lastDblclick !== null) {
      for (const d of document.querySelectorAll('[role="dialog"]')) {
        const n = nameOf(d);
        if (!n || n in b.windowOpenMs || !shown(d)) continue;
        const from = lastDblclick;
        b.windowOpenMs[n] = -1;
        frame((t) => { b.windowOpenMs[n] = t - from; });
      }
    }
    if (o.startMenu && startClick !== null && b.startMenuMs === null) {
      for (const m of document.querySelectorAll('[role="menu"]')) {
        if (!shown(m)) continue;
        const from = startClick;
        b.startMenuMs = -1;
        frame((t) => { b.startMenuMs = t - from; });
        break;
      }
    }
    if (o.map) {
      const map = document.querySelector('.react-flow');
      if (map) {
        b.mapSeen = true;
        const cur = map.querySelector('[aria-current]:not([aria-current="false"])');
        const id = cur ? cur.getAttribute('data-id') || cur.textContent : null;
        // A move of the highlight from one node to another: the graph's first drawing (none -> a node) is not a state change.
        if (mapCurrent && id && id !== mapCurrent && lastInput !== null) {
          const from = lastInput;
          frame((t) => { b.mapChanges.push({ to: id, ms: t - from }); });
        }
        mapCurrent = id;
      }
    }
  };
  // One scan per task, however many mutations it made.
  const queue = () => { if (!scheduled) { scheduled = true; queueMicrotask(() => { scheduled = false; scan(); }); } };
  new MutationObserver(queue).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  addEventListener('dblclick', (e) => { if (e.isTrusted) lastDblclick = e.timeStamp; }, true);
  addEventListener('click', (e) => {
    const btn = e.isTrusted && e.target && e.target.closest ? e.target.closest('button') : null;
    if (btn && buttonName(btn) === 'Start') startClick = e.timeStamp;
  }, true);
  for (const type of ['pointerup', 'keydown']) addEventListener(type, (e) => { if (e.isTrusted) lastInput = e.timeStamp; }, true);
  if (o.events) {
    // An entry's target is null once its element is gone (a menu item that closed its menu, a dialog's OK):
    // what was hit is noted as the event is dispatched, by its timestamp (the entry's startTime).
    const hit = new Map();
    for (const type of ['pointerdown', 'pointerup', 'click', 'dblclick', 'keydown', 'keyup', 'contextmenu']) {
      addEventListener(type, (e) => { if (e.isTrusted) hit.set(e.timeStamp, describeTarget(e.target)); }, true);
    }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0, startTime: e.startTime, target: describeTarget(e.target) || hit.get(e.startTime) || '' });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  }
})();`;
}
