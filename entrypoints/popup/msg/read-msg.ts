// Outlook .msg files (MS-OXMSG: an OLE compound file of MAPI properties), read with @kenjiuno/msgreader in a chunk
// of its own that the popup loads only when such a file is opened (the first paint never carries it).
import msgreader from '@kenjiuno/msgreader';

// CommonJS interop: Vite's build hands over the module object (exports.default holds the class), Node and vitest the
// class itself.
type MsgReaderClass = typeof msgreader;
const MsgReader: MsgReaderClass =
  typeof msgreader === 'function' ? msgreader : (msgreader as unknown as { default: MsgReaderClass }).default;

export interface MsgContent {
  /** PidTagTransportMessageHeaders: the header block as the receiving server wrote it, or null (drafts, sent items). */
  headers: string | null;
  /** PidTagBody: Outlook's plain-text copy of the body (not the bytes that were sent). */
  body: string | null;
  subject: string | null;
}

export type ReadMsg = { ok: true; msg: MsgContent } | { ok: false; message: string };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function readMsg(bytes: ArrayBuffer): ReadMsg {
  try {
    const data = new MsgReader(bytes).getFileData();
    if (typeof data.error === 'string' && data.error !== '') return { ok: false, message: data.error };
    return { ok: true, msg: { headers: text(data.headers), body: text(data.body), subject: text(data.subject) } };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : 'unreadable' };
  }
}
