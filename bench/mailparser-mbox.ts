/** The CLI goal's yardstick: the ten-line mailparser program one would write to read an mbox (one JSON line a message). */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';

const mbox = readFileSync(process.argv[2] ?? '');
let count = 0;
for (let start = 0; start < mbox.length; count++) {
  const next = mbox.indexOf('\nFrom ', start);
  const end = next < 0 ? mbox.length : next + 1;
  const m = await simpleParser(mbox.subarray(mbox.indexOf('\n', start) + 1, end));
  process.stdout.write(
    `${JSON.stringify({ from: m.from?.text, subject: m.subject, date: m.date, messageId: m.messageId, headers: m.headerLines, attachments: m.attachments.length })}\n`,
  );
  start = end;
}
process.stderr.write(`mailparser script: ${String(count)} messages\n`);
