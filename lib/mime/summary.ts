import type { Finding } from '../findings';
import type { MessageAddresses, MessageSummary } from './types';
import { finding } from '../findings';
import type { HeaderField } from './header-block';
import { formatMailbox, parseAddressList } from './address';
import { decodeEncodedWords } from './rfc2047';
import { parseMailDate } from './date';
import { mapList } from '../list/map-list';

function first(fields: readonly HeaderField[], key: string): HeaderField | undefined {
  return fields.find((f) => f.key === key);
}

function all(fields: readonly HeaderField[], key: string): HeaderField[] {
  return fields.filter((f) => f.key === key);
}

/** RFC 5322 §3.6: fields that may appear at most once. */
const AT_MOST_ONCE = ['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id'];

export interface Summary {
  message: MessageSummary;
  addresses: MessageAddresses;
  findings: Finding[];
}

/** The message's identity fields in display form, and what is wrong with them. */
export function summarize(fields: readonly HeaderField[]): Summary {
  const findings: Finding[] = [];
  const addrs = (key: string) => {
    const f = first(fields, key);
    return f ? parseAddressList(f.value) : [];
  };
  const addresses: MessageAddresses = {
    from: addrs('from'),
    sender: addrs('sender'),
    replyTo: addrs('reply-to'),
    returnPath: addrs('return-path'),
    to: addrs('to'),
    cc: addrs('cc'),
  };
  /** Mailboxes in display form; a field with none (an empty group, a lone comment) is shown as written. */
  const list = (key: string, parsed: MessageAddresses[keyof MessageAddresses]): string | null => {
    const f = first(fields, key);
    return f ? mapList(parsed, formatMailbox).join(', ') || f.value : null;
  };

  const subjectField = first(fields, 'subject');
  const subject = subjectField ? decodeEncodedWords(subjectField.value) : null;
  if (subject && subject.unknownCharsets.length > 0) {
    findings.push(
      finding('header.unknown-charset', 'info', 'Subject uses an unknown character set', `Charset ${subject.unknownCharsets.join(', ')} is not supported here; those words are shown encoded.`),
    );
  }
  const dateField = first(fields, 'date');
  const parsedDate = dateField ? parseMailDate(dateField.value) : null;
  if (dateField && parsedDate && !parsedDate.ok) {
    findings.push(finding('header.date-unparsable', 'warn', 'Date header cannot be read', `"${dateField.value.slice(0, 80)}" is not a valid RFC 5322 date.`));
  }
  const returnPath = first(fields, 'return-path');
  const message: MessageSummary = {
    from: list('from', addresses.from),
    to: list('to', addresses.to),
    subject: subject?.text ?? null,
    date: dateField?.value ?? null,
    messageId: first(fields, 'message-id')?.value ?? null,
    returnPath: returnPath ? (mapList(addresses.returnPath, formatMailbox).join(', ') || returnPath.value) : null,
    dateIso: parsedDate?.ok ? parsedDate.iso : null,
  };

  for (const key of AT_MOST_ONCE) {
    const n = all(fields, key).length;
    if (n > 1) {
      const name = all(fields, key)[0]?.name ?? key;
      findings.push(
        key === 'from'
          ? finding('header.duplicate-from', 'bad', `${String(n)} From headers`, 'RFC 5322 allows one From header. Programs disagree on which one to show and which one DMARC checks: a known spoofing trick.')
          : finding(`header.duplicate-${key}`, 'warn', `${String(n)} ${name} headers`, `RFC 5322 §3.6 allows at most one ${name} header; programs may show different ones.`),
      );
    }
  }
  if (!first(fields, 'from')) {
    findings.push(finding('header.missing-from', 'warn', 'No From header', 'RFC 5322 requires a From header; without it DMARC cannot be evaluated and many receivers reject the message.'));
  } else if (addresses.from.length > 1 && !first(fields, 'sender')) {
    findings.push(finding('header.from-multiple-no-sender', 'warn', 'Several authors but no Sender', 'RFC 5322 §3.6.2 requires a Sender header when From lists more than one mailbox.'));
  }
  if (!dateField) findings.push(finding('header.missing-date', 'info', 'No Date header', 'RFC 5322 requires a Date header; its absence is typical of hand-made or broken mail.'));
  if (!first(fields, 'message-id')) findings.push(finding('header.missing-message-id', 'info', 'No Message-ID header', 'Most sending systems add one; receivers such as Gmail may reject mail without it.'));
  return { message, addresses, findings };
}
