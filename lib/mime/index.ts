/**
 * lib/mime: the one MIME layer: raw intake, the header block, and the body's MIME tree (walk, part headers,
 * transfer decoding), read by every area above it.
 * Implements: RFC 5322 §2.1-2.2 (lines, folding), §3.3 (dates, with §4.3 obsolete forms), §3.4 (addresses),
 * §3.6 (field counts); RFC 2047 (encoded words in display fields); RFC 4155 (mbox "From " line);
 * RFC 2045 §5-6 (Content-Type, Content-Transfer-Encoding: base64, quoted-printable), RFC 2046 §5.1 (multipart).
 * Deviations, on purpose:
 * - A lone LF (and, in a text without LF, a lone CR) ends a line: pasted text has lost its CRs.
 * - Lines that lost their fold indentation are re-joined when the block has no real folds (reported).
 * - A line starting with NBSP/VT/FF and the like is joined to the previous field but flagged `bad`.
 * - Encoded words inside quoted display names are decoded (common in the wild, not allowed by RFC 2047 §5).
 * - A leading U+FEFF (byte order mark, RFC 3629 §6) is dropped before the first header is looked for.
 * - The walk guesses the boundary a multipart body really uses when the declared one never occurs, reads a body
 *   without any delimiter as one text part, and caps nesting (8) and parts (256).
 */
export { intake, decodeInputBytes } from './intake';
export { splitHeaderBlock, type HeaderField, type HeaderBlock } from './header-block';
export { parseAddressList, formatMailbox } from './address';
export { decodeEncodedWords } from './rfc2047';
export { parseMailDate, type MailDate } from './date';
export { headerDoc, type HeaderDoc } from './header-registry';
export { isKnownHeader } from './known-headers';
export { walkMessage, walkMime, type MimePart, type WalkedMessage } from './walk';
export { readFields, fieldValue, parseContentType, type PartField, type ContentType } from './part-headers';
export { decodeBody, decodeCharset } from './transfer-decode';
