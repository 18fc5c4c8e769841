import type { TlsInfo } from './tls';

/** The protocol versions stamps write: "TLSv1.3" (Postfix, OpenSSL), "TLS1_3" (Gmail, Exchange), "TLS1.3" (Exim), "SSLv3". */
const VERSION = /^(TLS|SSL)v?(\d)(?:[._](\d))?/i;

/**
 * The TLS of a hop in words: "TLS 1.3", "TLS" when the stamp says TLS without a version (RFC 3848 ESMTPS,
 * Gmail's SMTPS), "none" when nothing in the stamp says TLS.
 */
export function tlsLabel(tls: TlsInfo | null): string {
  if (tls === null) return 'none';
  const m = VERSION.exec(tls.version ?? '');
  if (!m) return 'TLS';
  const protocol = (m[1] ?? 'TLS').toUpperCase();
  return `${protocol} ${m[2] ?? ''}${protocol === 'TLS' || m[3] !== undefined ? `.${m[3] ?? '0'}` : ''}`;
}
