/**
 * Gmail message ids (reconstructed from gmail.js `api.dom.email` / `api.new.get.email_id` and InboxSDK):
 * - sync id, on message nodes as `data-message-id="#msg-f:<decimal>"` (`msg-a:r<digits>` for a message
 *   sent from this browser and not yet synced);
 * - legacy id, `data-legacy-message-id="<hex>"`, the same 64-bit number in hexadecimal, used by `th=`.
 */

const MAX_U64 = (1n << 64n) - 1n;

function isHexDigits(s: string, max: number): boolean {
  if (s.length === 0 || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
    if (!ok) return false;
  }
  return true;
}

function isDecimalDigits(s: string, max: number): boolean {
  if (s.length === 0 || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A legacy id: 1-16 lower-case hex digits (gmail.js `is_legacy_email_id` asks for 16+; older ids are shorter). */
export function isLegacyHexId(s: string): boolean {
  return isHexDigits(s, 16);
}

/** `18f2a...` -> `1799...` (decimal string), or null when not a 64-bit hex id. */
export function legacyHexToDecimal(hex: string): string | null {
  const h = hex.toLowerCase();
  if (!isLegacyHexId(h)) return null;
  return BigInt(`0x${h}`).toString(10);
}

/** `1799...` -> `18f2a...`, or null when not a decimal 64-bit number. */
export function decimalToLegacyHex(decimal: string): string | null {
  if (!isDecimalDigits(decimal, 20)) return null;
  const n = BigInt(decimal);
  if (n > MAX_U64) return null;
  return n.toString(16);
}

export interface SyncMessageId {
  /** `f`: a message on the server; `a`: a local id (just sent, not synced yet). */
  kind: 'f' | 'a';
  /** Normalised form without the leading `#`, e.g. `msg-f:1839743770647179390`. */
  id: string;
  /** The decimal number of a `msg-f` id; null for `msg-a`. */
  decimal: string | null;
}

/** Parse `#msg-f:<decimal>` / `msg-f:<decimal>` / `#msg-a:r<digits>` (a leading `-` is tolerated after `r`). */
export function parseSyncMessageId(attr: string): SyncMessageId | null {
  const s = attr.startsWith('#') ? attr.slice(1) : attr;
  if (s.startsWith('msg-f:')) {
    const d = s.slice(6);
    if (!isDecimalDigits(d, 20) || BigInt(d) > MAX_U64) return null;
    const decimal = BigInt(d).toString(10);
    return { kind: 'f', id: `msg-f:${decimal}`, decimal };
  }
  if (s.startsWith('msg-a:')) {
    let rest = s.slice(6);
    if (rest.startsWith('r')) rest = rest.slice(1);
    if (rest.startsWith('-')) rest = rest.slice(1);
    if (!isDecimalDigits(rest, 24)) return null;
    return { kind: 'a', id: s, decimal: null };
  }
  return null;
}

export interface ResolvedGmailIds {
  /** `msg-f:<decimal>`: the cache identity and the `permmsgid` of the Show-original page. */
  syncId: string;
  /** Hex id for `th=` in the download URL. */
  legacyHex: string;
  /** False when both attributes were present but named different numbers (the `msg-f` id was used). */
  consistent: boolean;
}

/**
 * Combine a node's two attributes into ids usable for fetching. When both name a message but disagree, the
 * `msg-f` id wins: Gmail leaves a stale `data-legacy-message-id` on a node after a reply (InboxSDK's
 * gmail-message-view.ts, citing GmailSDK issue #515), and gmail.js fetches by `permmsgid=msg-f:` since 2022-06.
 * A just-sent message (`msg-a`, no legacy id) has no fetchable id yet: null (resolved through the
 * Show-original page, see show-original-html.ts `legacyIdFromShowOriginal`).
 */
export function resolveGmailIds(syncAttr: string | null, legacyAttr: string | null): ResolvedGmailIds | null {
  const sync = syncAttr === null ? null : parseSyncMessageId(syncAttr);
  const legacy = legacyAttr !== null && isLegacyHexId(legacyAttr.toLowerCase()) ? BigInt(`0x${legacyAttr.toLowerCase()}`) : null;
  if (sync?.kind === 'f' && sync.decimal !== null) {
    const hex = decimalToLegacyHex(sync.decimal);
    if (hex === null) return null;
    return { syncId: sync.id, legacyHex: hex, consistent: legacy === null || legacy.toString(16) === hex };
  }
  if (legacy !== null) return { syncId: `msg-f:${legacy.toString(10)}`, legacyHex: legacy.toString(16), consistent: true };
  return null;
}

/**
 * A just-sent message keeps its local `msg-a:` id until Gmail has synced it; its Show-original page then
 * resolves it (InboxSDK polls the page up to 10 times for the same reason, gmail-message-view.ts). Within
 * one click we try three times, waiting 0.5, 1 and 2 s before each try (3.5 s at most), then say so.
 */
export const MSG_A_TRY_DELAYS_MS: readonly number[] = [500, 1000, 2000];
