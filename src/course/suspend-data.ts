import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Attempt } from '../sim/attempt/attempt.ts';
import { compactAttempt, expandAttempt } from '../sim/attempt/compact.ts';
import { restoreAttempt } from '../sim/attempt/restore.ts';

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_DATA_MAX = 4096;
/** Marks our format (and its version) so foreign or older data is recognised, not misread. */
const PREFIX = 'crl1.';

/** Bytes → URL-safe base64 without padding: letters, digits, `-` and `_` survive any LMS. */
function toSafeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromSafeBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('unexpected characters');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The attempt as suspend_data text: compact records, deflated, safe base64. Pure. */
export function encodeSuspendData(attempt: Attempt): string {
  return PREFIX + toSafeBase64(deflateSync(strToU8(JSON.stringify(compactAttempt(attempt))), { level: 9 }));
}

export type DecodeResult = { ok: true; attempt: Attempt } | { ok: false; reason: string };

/**
 * Reads suspend_data written by `encodeSuspendData`. Garbled, truncated or foreign text gives a
 * plain-language reason (the caller reports it and starts fresh); never throws.
 */
export function decodeSuspendData(text: string): DecodeResult {
  const bad = (why: string): DecodeResult => ({ ok: false, reason: `The attempt saved in the learning platform could not be read: ${why}` });
  if (!text.startsWith(PREFIX)) return bad('it was not written by this lab.');
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(fromSafeBase64(text.slice(PREFIX.length)))));
  } catch {
    return bad('the text is damaged or cut short.');
  }
  const expanded = expandAttempt(json);
  if (!expanded.ok) return bad(expanded.reason);
  const restored = restoreAttempt(expanded.raw);
  if (!restored.ok) return bad(restored.reason);
  return { ok: true, attempt: restored.attempt };
}
