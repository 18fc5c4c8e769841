/**
 * Which SMTP command a refusal answered (RFC 5321 §4.1), read from the phrases the common generators
 * write: Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:", Sendmail ">>> RCPT To:",
 * qmail "Giving up on ... / does not like recipient", Exchange and others "while talking to".
 */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'QUIT';

const VERBS: readonly [string, SmtpCommand][] = [
  ['rcpt to', 'RCPT'],
  ['rcpt', 'RCPT'],
  ['mail from', 'MAIL'],
  ['end of data', 'DATA'],
  ['data', 'DATA'],
  ['ehlo', 'EHLO'],
  ['helo', 'HELO'],
  ['starttls', 'STARTTLS'],
  ['auth', 'AUTH'],
  ['quit', 'QUIT'],
];

/** Exim "SMTP error from remote mail server after [pipelined ]RCPT TO:<x>" (transports/smtp.c); Postfix "(in reply to X command)". */
const LEADS = ['in reply to ', 'after pipelined ', 'after ', '>>> ', 'during ', 'in response to ', 'did not like our final ', 'did not like our ', 'not like our '];

/**
 * Gmail's delivery notices end the remote reply with its SMTP client's state ("... User Unknown (state 14)."):
 * 6 MAIL, 8/9/12 AUTH, 13 EHLO, 14 RCPT, 15/17/18 DATA, as the public Gmail notices show (read so by Sisimai::Lhost::Gmail).
 */
const GMAIL_STATES: Readonly<Record<string, SmtpCommand>> = { '6': 'MAIL', '8': 'AUTH', '9': 'AUTH', '12': 'AUTH', '13': 'EHLO', '14': 'RCPT', '15': 'DATA', '17': 'DATA', '18': 'DATA' };

function gmailState(lower: string): SmtpCommand | null {
  const at = lower.indexOf('(state ');
  if (at < 0) return null;
  const close = lower.indexOf(')', at);
  return close < 0 || close - at > 10 ? null : GMAIL_STATES[lower.slice(at + 7, close)] ?? null;
}

function verbAt(lower: string, at: number): SmtpCommand | null {
  for (const [word, cmd] of VERBS) {
    if (!lower.startsWith(word, at)) continue;
    const next = lower[at + word.length];
    if (next === undefined || !/[a-z]/.test(next)) return cmd;
  }
  return null;
}

/** The command named in `text`, or null when none is named. */
export function findCommand(text: string): SmtpCommand | null {
  // Postfix wraps "(in reply to" / "RCPT TO command)" across lines: whitespace runs count as one space.
  const lower = text.slice(0, 64 * 1024).toLowerCase().replace(/\s+/g, ' ');
  for (const lead of LEADS) {
    let at = lower.indexOf(lead);
    while (at >= 0) {
      const cmd = verbAt(lower, at + lead.length);
      if (cmd !== null) return cmd;
      at = lower.indexOf(lead, at + 1);
    }
  }
  const state = gmailState(lower);
  if (state !== null) return state;
  // qmail-remote.c: "<host> does not like recipient.", "... failed on DATA command", "... failed after I sent the
  // message", "Connected to <host> but sender was rejected.", "... but my name was rejected.", "... but greeting failed."
  if (lower.includes('failed on data command') || lower.includes('failed after i sent the message')) return 'DATA';
  // Exim smtp_in.c answers DATA after refused recipients with "503-All RCPT commands were rejected with this error:"
  // followed by the RCPT refusal: the refusal answered RCPT.
  if (lower.includes('all rcpt commands were rejected with this error')) return 'RCPT';
  if (lower.includes('does not like recipient') || lower.includes('recipient address rejected') || lower.includes('[rcpt_to]')) return 'RCPT';
  if (lower.includes('sender address rejected') || lower.includes('does not like sender') || lower.includes('but sender was rejected')) return 'MAIL';
  if (lower.includes('my name was rejected')) return 'HELO';
  if (lower.includes('but greeting failed')) return 'CONN';
  if (lower.includes('initial connection') || lower.includes('connection refused') || lower.includes('greeting')) return 'CONN';
  return null;
}

/**
 * Sendmail-style transcripts (">>> DATA" then "<<< 550 ... <rcpt>..."): the command last sent before
 * the server's line that names `address`.
 */
export function transcriptCommand(lines: readonly string[], address: string): SmtpCommand | null {
  const needle = address.toLowerCase();
  let last: SmtpCommand | null = null;
  let sent = '';
  // RFC 5321 §4.2: a 4xx/5xx reply answers the command before it. One that names no mailbox answers, for every
  // recipient not refused by name, the first failed command that was not another recipient's RCPT
  // ("<<< 552 5.2.2 Mailbox full" after ">>> DATA").
  let unnamed: SmtpCommand | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('>>>')) {
      sent = t.slice(3).trim().toLowerCase();
      last = verbAt(sent, 0);
    } else if (t.startsWith('<<<')) {
      const reply = t.slice(3).trim().toLowerCase();
      if (reply.includes(needle)) return last;
      if (!reply.startsWith('4') && !reply.startsWith('5')) continue;
      if (last === 'RCPT') {
        if (sent.includes(needle)) return last;
        continue;
      }
      if (unnamed === null && !reply.includes('@')) unnamed = last;
    }
  }
  return unnamed;
}
