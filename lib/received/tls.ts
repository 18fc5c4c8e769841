import type { Token } from './tokenize';
import { mapList } from '../list/map-list';

export interface TlsInfo {
  version: string | null;
  cipher: string | null;
}

/** RFC 3848 (and RFC 6531 UTF8SMTP*): protocol names that say TLS (S) and authentication (A) were used. */
const TLS_PROTOCOLS = /^(?:E?SMTPS|ESMTPSA|LMTPS|LMTPSA|UTF8SMTPS|UTF8SMTPSA|UTF8LMTPS|UTF8LMTPSA|HTTPS)$/i;

const POSTFIX = /using\s+(\S+)\s+with\s+cipher\s+([^\s()]+)/i;
const KEY_VALUE = /\b(version|cipher)=([^\s,;)]+)/gi;
const EXIM_COLON = /(?:^|[\s=(])((?:TLS|SSL)v?\d(?:[._]\d)?):([\w-]+)/i;
const BARE_VERSION = /^(?:TLS|SSL)v?\d(?:[._]\d)?$/i;
/** Every form above names TLS or SSL, a cipher or a version: a comment with none of these words is not read further. */
const MAYBE_TLS = /tls|ssl|cipher|version/i;

/** Courier courieresmtpd.C: "TLS: TLSv1.2,256bits,CIPHER" (or "SSL: ...") as an item of its comment list. */
function courierTls(text: string): TlsInfo | null {
  const item = text.split(', ').find((x) => /^(?:TLS|SSL): /i.test(x));
  if (item === undefined) return null;
  const parts = mapList(item.slice(5).split(','), (x) => x.trim());
  const version = parts[0] !== undefined && BARE_VERSION.test(parts[0].split('/')[0] ?? '') ? parts[0] : null;
  const cipher = parts.length > 1 ? (parts.at(-1) ?? null) : null;
  return { version, cipher };
}

/**
 * TLS details in each dialect: Postfix `(using TLSv1.3 with cipher X (256/256 bits))`, Gmail and Exchange
 * `(version=TLS1_3 cipher=X bits=...)`, Exim `(TLS1.3) tls X`, `TLSv1.3:X:256`, `X=TLS1.3:X:256`, or only the
 * protocol name (ESMTPS). Null when nothing says TLS.
 */
export function readTls(all: readonly Token[], protocol: string | null): TlsInfo | null {
  let version: string | null = null;
  let cipher: string | null = null;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (t?.kind === 'comment') {
      if (!MAYBE_TLS.test(t.text)) continue;
      // Each form's own punctuation is looked for before its expression runs: "=" (key=value), ":" (Exim, Courier).
      const hasEquals = t.text.includes('=');
      const hasColon = t.text.includes(':');
      const p = POSTFIX.exec(t.text);
      if (p) {
        version ??= p[1] ?? null;
        cipher ??= p[2] ?? null;
      }
      if (hasEquals) {
        for (const m of t.text.matchAll(KEY_VALUE)) {
          if (m[1]?.toLowerCase() === 'version') version ??= m[2] ?? null;
          else cipher ??= m[2] ?? null;
        }
      }
      const e = hasColon ? EXIM_COLON.exec(t.text) : null;
      if (e) {
        version ??= e[1] ?? null;
        cipher ??= e[2] ?? null;
      }
      if (BARE_VERSION.test(t.text)) version ??= t.text;
      const c = hasColon ? courierTls(t.text) : null;
      if (c) {
        version ??= c.version;
        cipher ??= c.cipher;
      }
    } else if (t?.kind === 'word' && t.text.length === 3 && t.text.toLowerCase() === 'tls') {
      const next = all[i + 1];
      if (next?.kind === 'word') cipher ??= next.text;
    }
  }
  if (version !== null || cipher !== null) return { version, cipher };
  return protocol !== null && TLS_PROTOCOLS.test(protocol) ? { version: null, cipher: null } : null;
}
