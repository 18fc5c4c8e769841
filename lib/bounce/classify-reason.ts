/**
 * The reason class of one failed recipient: gathers the evidence (the diagnostic's words, the codes, the stage,
 * a provider's documented code) and hands it to the one precedence (reason-precedence.ts). Sisimai's
 * vocabulary, so results compare with its corpus.
 */
import { providerReason } from './catalog/provider-codes';
import { reasonFromProviderCode } from './provider-codes';
import { decideReason } from './reason-precedence';
import { serverWords, withoutSuccessLines } from './server-words';
import type { Reason } from './types';

export { reasonFromStatus } from './status-reason';

/** Lower-case, whitespace collapsed, capped: the text phrases are matched against. */
export function normalizeDiagnostic(text: string): string {
  // RFC 5321 §4.2.1: every line of a multiline reply repeats the code ("550-5.7.1 ..."); a wrapped
  // diagnostic carries those prefixes mid-sentence, where they would split the server's phrases.
  return text.slice(0, 16 * 1024).toLowerCase().replace(/\s+/g, ' ').replace(/ [245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?= )/g, '');
}

/** `text` with each http(s) URL cut down to its host ("http://www.spamhaus.org/query/bl?ip=x" -> "www.spamhaus.org"). Linear. */
function urlsAsHosts(text: string): string {
  let out = '';
  let at = 0;
  for (let i = text.indexOf('http', at); i >= 0; i = text.indexOf('http', at)) {
    const scheme = text.startsWith('https://', i) ? 8 : text.startsWith('http://', i) ? 7 : 0;
    if (scheme === 0) {
      out += text.slice(at, i + 4);
      at = i + 4;
      continue;
    }
    let end = i + scheme;
    while (end < text.length && text[end] !== ' ') end++;
    const url = text.slice(i + scheme, end);
    const hostEnd = url.search(/[/?#]/);
    out += `${text.slice(at, i)}${hostEnd < 0 ? url : url.slice(0, hostEnd)}`;
    at = end;
  }
  return out + text.slice(at);
}

export interface ReasonInput {
  status: string | null;
  replyCode: string | null;
  diagnostic: string | null;
  action: string | null;
  /** The SMTP command the refusal answered, when known. */
  command?: string | null;
  /** A generator-level verdict (a phrase in the NDR's own text), used when the diagnostic says nothing. */
  hint?: Reason | null;
  /** The notice was written by a content-filtering gateway (its "no such user" follows the DATA scan). */
  filterGateway?: boolean;
  /** The reporting MTA's comment on its Status field ("5.2.1 (mailbox disabled, ...)"), RFC 3464 §2.3.4. */
  statusNote?: string | null;
  /** The host that gave the refusal (Remote-MTA, or "host X said"), lower or mixed case. */
  remoteMta?: string | null;
  /** The failed recipient's address: its domain places a provider's reply when no host is known. */
  recipient?: string | null;
  /** The Diagnostic-Code type ("smtp", "x-unix"...), when the report gave one (RFC 3464 §2.3.6). */
  diagnosticType?: string | null;
}

export function classifyReason(input: ReasonInput): Reason {
  const lower = normalizeDiagnostic(serverWords(withoutSuccessLines(input.diagnostic ?? '')));
  const place = { remoteMta: input.remoteMta ?? null, command: input.command ?? null, recipient: input.recipient ?? null };
  // Orange / La Poste cause codes, then a provider's own documented code or text (catalog/providers/).
  const provider = reasonFromProviderCode(lower) ?? providerReason(lower, input.status, place);
  const note = input.statusNote == null ? null : normalizeDiagnostic(input.statusNote);
  return decideReason({
    action: input.action,
    status: input.status,
    replyCode: input.replyCode,
    command: input.command ?? null,
    diagnosticType: input.diagnosticType?.toLowerCase() ?? null,
    // A link's path names its help page's topic, not this refusal's cause; its host may name a blocklist.
    lower: urlsAsHosts(lower),
    provider,
    hint: input.hint ?? null,
    filterGateway: input.filterGateway === true,
    statusNote: note,
    remoteMta: input.remoteMta ?? null,
  });
}
