/**
 * Gmail message ids (reconstructed from gmail.js and InboxSDK, see ../shared/NOTES-WEBMAIL-DNS.md §1.3):
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
  /** False when both attributes were present but named different numbers (we trust the legacy id). */
  consistent: boolean;
}

/**
 * Combine a node's two attributes into ids usable for fetching. A just-sent message (`msg-a`, no legacy
 * id) has none yet: null.
 */
export function resolveGmailIds(syncAttr: string | null, legacyAttr: string | null): ResolvedGmailIds | null {
  const sync = syncAttr === null ? null : parseSyncMessageId(syncAttr);
  const legacy = legacyAttr !== null && isLegacyHexId(legacyAttr.toLowerCase()) ? legacyAttr.toLowerCase() : null;
  if (legacy !== null) {
    const n = BigInt(`0x${legacy}`);
    const dec = n.toString(10);
    const consistent = sync === null || sync.decimal === null || sync.decimal === dec;
    return { syncId: `msg-f:${dec}`, legacyHex: n.toString(16), consistent };
  }
  if (sync?.kind === 'f' && sync.decimal !== null) {
    const hex = decimalToLegacyHex(sync.decimal);
    if (hex === null) return null;
    return { syncId: sync.id, legacyHex: hex, consistent: true };
  }
  return null;
}
