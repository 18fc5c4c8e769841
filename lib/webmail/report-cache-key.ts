/**
 * Keys of cached reports in `storage.session` (memory only, gone when the browser closes): one per
 * message, so re-opening the popup on the same message is instant and costs Gmail no request. The popup
 * and the worker build the key the same way from the page origin, the account and the message id.
 */

export const REPORT_KEY_PREFIX = 'hs.report|';

export function reportCacheKey(origin: string, account: string, messageId: string): string {
  return `${REPORT_KEY_PREFIX}${origin}|${account}|${messageId}`;
}

/** FNV-1a (32-bit) over the length, the first and the last 64 KiB: a stable id for a source without one. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  const mix = (c: number) => {
    h ^= c & 0xffff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  const span = 64 * 1024;
  const lenStr = String(text.length);
  for (let i = 0; i < lenStr.length; i++) mix(lenStr.charCodeAt(i));
  const headEnd = Math.min(text.length, span);
  for (let i = 0; i < headEnd; i++) mix(text.charCodeAt(i));
  for (let i = Math.max(headEnd, text.length - span); i < text.length; i++) mix(text.charCodeAt(i));
  return `text:${h.toString(16).padStart(8, '0')}`;
}
