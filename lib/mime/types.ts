/**
 * The message facts lib/mime reads from the header block: addresses, the summary line, the input's shape.
 * Plain JSON-safe data; they are sections of the Report (lib/report.ts gathers them).
 */

/** contract */
export interface HeaderEntry {
  name: string;
  /** Unfolded value, not decoded (RFC 2047 words are kept as written). */
  value: string;
  /** The value with RFC 2047 encoded words decoded, or null when it has none. */
  decoded: string | null;
}

/** One mailbox from an address header. */
export interface Mailbox {
  /** Decoded display name, or null when there is none. */
  name: string | null;
  /** addr-spec as written (local@domain), or the raw text when it could not be parsed. */
  address: string;
  /** Domain part, lower-cased, or null when the address has none. */
  domain: string | null;
}

/** contract: decoded display strings or null. */
export interface MessageSummary {
  from: string | null;
  to: string | null;
  subject: string | null;
  date: string | null;
  messageId: string | null;
  returnPath: string | null;
  /** The Date header as ISO 8601 UTC, or null when absent or unparsable. */
  dateIso: string | null;
}

export interface MessageAddresses {
  from: Mailbox[];
  sender: Mailbox[];
  replyTo: Mailbox[];
  returnPath: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
}

export type InputStatus = 'ok' | 'empty' | 'too-large' | 'no-headers' | 'error';
/** Where the text came from: as given, an mbox, Gmail's "Show original", Outlook's "View message source", or Outlook's headers-only "View message details" (added). */
/** `outlook-msg`: the transport headers of an Outlook .msg file (Outlook keeps no original bytes). */
export type InputSource = 'raw' | 'mbox' | 'gmail-show-original' | 'outlook-source' | 'outlook-details' | 'outlook-msg';
export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';

export interface InputInfo {
  status: InputStatus;
  /** Size of the input in UTF-16 code units as received (close to bytes for ASCII mail). */
  size: number;
  source: InputSource;
  lineEnding: LineEnding;
  /** True when a body followed the header block. */
  hasBody: boolean;
  headerCount: number;
  /** Size of the header block as written. */
  headerBytes: number;
}

