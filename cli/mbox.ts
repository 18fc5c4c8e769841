/**
 * Split an mbox file (RFC 4155) into messages, on bytes so each message is decoded on its own.
 * Each message starts at a line beginning "From "; mboxrd quoting (">From " in bodies) is undone one level.
 */
export function isMbox(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'From ';
}

function unquoteFromLines(msg: Buffer): Buffer {
  const text = msg.toString('latin1');
  if (!text.includes('\n>')) return msg;
  return Buffer.from(text.replace(/^>(>*From )/gm, '$1'), 'latin1');
}

export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  let start = 0;
  for (;;) {
    const next = buf.indexOf('\nFrom ', start + 1, 'latin1');
    const end = next < 0 ? buf.length : next + 1;
    const msg = buf.subarray(start, end);
    if (msg.toString('latin1').trim() !== '') out.push(unquoteFromLines(msg));
    if (next < 0) break;
    start = next + 1;
  }
  return out;
}
