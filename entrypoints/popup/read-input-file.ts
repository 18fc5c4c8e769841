import { decodeInputBytes, overCapText } from '../../lib/mime/intake';
import { LIMITS } from '../../lib/limits';
import type { AnalyzeOrigin } from '../../lib/analyze-port';

export type InputFile =
  { ok: true; text: string; origin: AnalyzeOrigin; note: string | null } | { ok: false; message: string };

/** MS-CFB §2.2: every compound file (an Outlook .msg is one) starts with D0 CF 11 E0 A1 B1 1A E1. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

export const MSG_NOTE =
  'Read from an Outlook .msg file: its transport headers. Outlook keeps its own copy of a message, not the bytes that were sent, so the body is not analysed and DKIM checks the header signature only (no body-hash check).';

async function fromMsg(file: File, bytes: ArrayBuffer): Promise<InputFile> {
  const { readMsg } = await import('./msg/read-msg');
  const read = readMsg(bytes);
  if (!read.ok) return { ok: false, message: `${file.name} is not a readable Outlook .msg file (${read.message}).` };
  if (read.msg.headers === null) {
    return {
      ok: false,
      message: `${file.name} has no transport headers: Outlook keeps them only for messages it received (not for drafts or sent items). Open the received message and save it again, or use "View message source".`,
    };
  }
  // The header block only: the body a .msg holds is Outlook's copy, which no DKIM body hash matches.
  return { ok: true, text: `${read.msg.headers.trimEnd()}\r\n`, origin: 'outlook-msg', note: MSG_NOTE };
}

/** An .eml (bytes, charset detected) or an Outlook .msg (transport headers), within the size cap. Never throws. */
export async function readInputFile(file: File): Promise<InputFile> {
  if (file.size > LIMITS.maxInputChars) {
    return {
      ok: false,
      message: `${file.name} is ${overCapText(file.size, 'bytes')}. Save only the headers and try again.`,
    };
  }
  try {
    const buffer = await file.arrayBuffer();
    const bytes = new Uint8Array(buffer);
    if (isCompoundFile(bytes) || /\.msg$/i.test(file.name)) return await fromMsg(file, buffer);
    return { ok: true, text: decodeInputBytes(bytes), origin: 'file', note: null };
  } catch (e) {
    return {
      ok: false,
      message: `${file.name} could not be read (${e instanceof Error ? e.message : 'unknown error'}).`,
    };
  }
}
