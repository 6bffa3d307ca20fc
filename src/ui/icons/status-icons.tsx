import type { ReactElement } from 'react';

/** Message-box and event-log symbols: information, warning, error (stop sign), question. */
export const statusIcons: Record<string, ReactElement> = {
  information: (
    <>
      <circle cx="8" cy="8" r="7.2" fill="#fff" stroke="#000" strokeWidth="0.8" />
      <rect x="7" y="3" width="2" height="2" fill="#0000ff" />
      <path d="M6 6.5 h3 v5 h1 v1.2 h-4 v-1.2 h1 v-3.8 h-1z" fill="#0000ff" />
    </>
  ),
  warning: (
    <>
      <path d="M8 0.8 L15.3 14.5 H0.7 Z" fill="#ffff00" stroke="#000" strokeWidth="0.8" strokeLinejoin="round" />
      <rect x="7.1" y="4.8" width="1.8" height="5.5" fill="#000" />
      <rect x="7.1" y="11.3" width="1.8" height="1.8" fill="#000" />
    </>
  ),
  error: (
    <>
      <path d="M5 0.5 h6 l4.5 4.5 v6 l-4.5 4.5 h-6 l-4.5 -4.5 v-6z" fill="#ff0000" stroke="#800000" />
      <path d="M5 5 l6 6 M11 5 l-6 6" stroke="#fff" strokeWidth="2" />
    </>
  ),
  question: (
    <>
      <path d="M8 1 a7 6 0 1 1 -3.5 11.2 l-3 2.3 l1 -3.6 a7 6 0 0 1 5.5 -9.9z" fill="#fff" stroke="#000" strokeWidth="0.8" />
      <path d="M5.8 5.2 q0.4 -2.2 2.4 -2.2 q2.3 0 2.3 2 q0 1.4 -1.6 2 q-0.8 0.4 -0.8 1.6" stroke="#0000ff" strokeWidth="1.6" fill="none" />
      <rect x="7.2" y="9.6" width="1.7" height="1.7" fill="#0000ff" />
    </>
  ),
};

/** Small badges drawn over the bottom-left of a resource or group icon, as Cluster Administrator does. */
export const stateOverlays: Record<'offline' | 'failed' | 'pending' | 'paused', ReactElement> = {
  offline: (
    <g transform="translate(0 7)">
      <path d="M2.5 0.5 h3 v3 h2 l-3.5 4 l-3.5 -4 h2z" fill="#ff0000" stroke="#000" strokeWidth="0.6" />
    </g>
  ),
  failed: (
    <g transform="translate(0 7)">
      <circle cx="4" cy="4.5" r="4" fill="#ff0000" stroke="#000" strokeWidth="0.6" />
      <path d="M2.2 2.7 l3.6 3.6 M5.8 2.7 l-3.6 3.6" stroke="#fff" strokeWidth="1.3" />
    </g>
  ),
  paused: (
    <g transform="translate(0 7)">
      <rect x="0.5" y="0.5" width="8" height="8" fill="#ffff00" stroke="#000" strokeWidth="0.6" />
      <path d="M3 2.3 v4.4 M6 2.3 v4.4" stroke="#000" strokeWidth="1.4" />
    </g>
  ),
  pending: (
    <g transform="translate(0 7)">
      <path d="M0.5 0.5 h7 l-3 4 l3 4 h-7 l3 -4z" fill="#fff" stroke="#000" strokeWidth="0.7" />
      <path d="M2 1.5 h4 l-2 2.5z M4 5.5 l2.5 2.5 h-5z" fill="#c08000" />
    </g>
  ),
};
