/** Hard input caps (security goal G3, docs/security-goals.md): beyond these the analysis stops with a clear message. */
export const LIMITS = {
  /** Whole input, in UTF-16 code units (about bytes for mail, which is mostly ASCII). */
  maxInputChars: 50 * 1024 * 1024,
  /** The header block alone. */
  maxHeaderBlockChars: 1024 * 1024,
  /** Decoded RFC 2047 output per header value. */
  maxDecodedChars: 64 * 1024,
  /** Nesting of comments in structured fields. */
  maxCommentDepth: 32,
  /** Lines scanned for a webmail wrapper or junk before the first header. */
  maxLeadingLines: 200,
} as const;

/** RFC 5322 §2.1.1: a line must be no more than 998 characters, excluding the CRLF. */
export const RFC5322_MAX_LINE = 998;
