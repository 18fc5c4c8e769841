import type { Deps } from './deps';
import type { Report } from './report';
import type { Finding } from './findings';
import type { InputInfo, InputStatus } from './mime/types';
import { REPORT_SCHEMA } from './report';
import { finding, mergeFindings, sortFindings } from './findings';
import { intake, tooLargeFinding } from './mime/intake';
import { LIMITS } from './limits';
import { isoInstant } from './text/iso-instant';
import { decodeInput, suffixBytes, type DecodedInput } from './mime/received-bytes';
import { splitHeaderBlock } from './mime/header-block';
import { summarize } from './mime/summary';
import { analyzeHops } from './received/analyze-hops';
import { decodeEncodedWords } from './mime/rfc2047';
import { bounceStage } from './stages/bounce-stage';
import { walkMessage } from './mime/walk';
import { HEAD_BYTES, intakeAscii, type AsciiIntake } from './mime/ascii-intake';
import { lineFacts, type OctetLineFacts } from './mime/line-facts';
import type { IntakeResult } from './mime/intake';
import type { MessageText } from './mime/ascii-text';
import { readRecordedAuth } from './authresults/read-recorded';
import { decodeStamps } from './stamps';
import { readImpersonation } from './impersonation/impersonation';
import type { ImpersonationSign } from './impersonation/types';
import { decideVerdict } from './verdict/decide-verdict';
import { restateFindings } from './verdict/restate-findings';
import { listIdOf } from './authresults/forwarding';
import type { NotBounce } from './bounce/types';
import { liveBudget, liveStage } from './stages/live-stage';
import { deliverabilityLookups, deliverabilityStage } from './stages/deliverability-stage';
import { compareRecordedWithLive } from './stages/compare-stage';
import { attachedMessages, isShortForward } from './stages/attached-messages';
import type { SignedMessage } from './dkim/types';
import { mapList } from './list/map-list';

const EMPTY_MESSAGE: Report['message'] = {
  from: null,
  to: null,
  subject: null,
  date: null,
  messageId: null,
  returnPath: null,
  dateIso: null,
};

function emptyReport(deps: Deps, input: InputInfo, findings: Finding[]): Report {
  return {
    schema: REPORT_SCHEMA,
    generatedAt: isoInstant(deps.now()),
    input,
    // Fresh copies: a Report is plain data its consumer may change; no two reports share an object.
    message: { ...EMPTY_MESSAGE },
    addresses: { from: [], sender: [], replyTo: [], returnPath: [], to: [], cc: [] },
    headers: [],
    findings,
    hops: [],
    timeline: null,
    boundary: null,
    auth: null,
    stamps: [],
    bounce: null,
    live: null,
    reputation: null,
    deliverability: [],
    attachedMessages: [],
    verdict: {
      kind: 'unknown',
      headline:
        input.status === 'ok'
          ? "Can't tell who sent it: there is nothing to check"
          : "Can't tell: this input could not be read as a message",
      reasons: mapList(findings.slice(0, 1), (f) => ({ text: f.title, findingId: f.id })),
      perspective: 'recipient',
    },
  };
}

function decodedOrNull(value: string): string | null {
  if (!value.includes('=?')) return null;
  const { text } = decodeEncodedWords(value);
  return text === value ? null : text;
}

/** The live parts that may still be running when a partial report is handed out. */
export type LivePart = 'authentication' | 'reputation';

export interface PartialReport {
  /** The report so far; copy what you keep, the analysis goes on filling it. */
  report: Report;
  /** What is still being checked over DNS (never empty). */
  pending: LivePart[];
}

export interface AnalyzeOptions {
  /**
   * Called when the offline report is complete and again after the authentication re-check, only when live
   * checks run: a view paints at once and fills the live sections in as their answers arrive.
   */
  onPartial?: (partial: PartialReport) => void;
  /**
   * Input bytes of at least `minBytes` have their line facts counted over the octets, and when they are all ASCII
   * are read in place (no whole-message string; the header block from the first `headBytes`). The default is set
   * for speed; tests set it low to compare both readings.
   */
  inPlace?: { minBytes: number; headBytes: number };
}

/** From this size on a message's string is a fresh large allocation (Node: an external string, about 1 MB on). */
const IN_PLACE = { minBytes: 1024 * 1024, headBytes: HEAD_BYTES };

/** An all-ASCII message of bytes read in place (lib/mime/ascii-intake: null when not all ASCII), with the host's decoder and byte search when given. */
function readInPlace(bytes: Uint8Array, facts: OctetLineFacts, deps: Deps, headBytes: number): AsciiIntake | null {
  const decode = deps.decodeBytes ?? decodeInput;
  return intakeAscii(bytes, facts, (b) => decode(b).text, deps.findByte ?? ((b) => (byte, from) => b.indexOf(byte, from)), headBytes);
}

function failedInput(size: number, status: InputStatus): InputInfo {
  return { status, size, source: 'raw', lineEnding: 'none', hasBody: false, headerCount: 0, headerBytes: 0 };
}

/**
 * The one orchestrator: raw message (text, or bytes as read from an .eml) -> Report.
 * Never throws on any input; a problem with the input is a Report whose input.status says so.
 */
export async function analyze(raw: string | Uint8Array, deps: Deps, options: AnalyzeOptions = {}): Promise<Report> {
  // Bytes over the cap are refused before decoding, with their size in bytes.
  if (typeof raw !== 'string' && raw.byteLength > LIMITS.maxInputChars) {
    return emptyReport(deps, failedInput(raw.byteLength, 'too-large'), [tooLargeFinding(raw.byteLength, 'bytes')]);
  }
  let size = typeof raw === 'string' ? raw.length : raw.byteLength;
  try {
    // A large message's line facts are counted over its octets; all ASCII, it is read in place; others are decoded.
    const at = options.inPlace ?? IN_PLACE;
    const facts = typeof raw === 'string' || raw.length < at.minBytes ? null : lineFacts(raw);
    const ascii = typeof raw === 'string' || facts === null ? null : readInPlace(raw, facts, deps, at.headBytes);
    const received = typeof raw === 'string' || ascii !== null ? null : decodeInput(raw, deps.decodeBytes);
    const read = ascii ?? (typeof raw === 'string' ? raw : (received?.text ?? ''));
    size = typeof read === 'string' ? read.length : read.text.length;
    return await analyzeText(read, deps, 0, received, options, facts);
  } catch (e) {
    // A bug of ours must still end in a report that says so, never in a blank popup.
    const why = e instanceof Error ? e.message : 'unknown error';
    return emptyReport({ now: () => 0 }, failedInput(size, 'error'), [
      finding(
        'internal.error',
        'bad',
        'headerscope could not analyse this message',
        `An internal error stopped the analysis (${why}). Please report it with the headers (remove private data first).`,
      ),
    ]);
  }
}

/** Local analysis, then the bounce (with its returned original, one level deep) and the live checks. */
async function analyzeText(
  input: string | AsciiIntake,
  deps: Deps,
  depth: number,
  received: DecodedInput | null = null,
  options: AnalyzeOptions = {},
  facts: OctetLineFacts | null = null,
): Promise<Report> {
  const { report, message, signs, bodyHead } = analyzeSync(input, deps, received, facts);
  if (report.input.status !== 'ok' || !message) return report;
  const findings = [...report.findings];
  // One MIME walk serves the bounce decoder and the attached-message search.
  const walked = walkMessage(typeof input === 'string' ? input : input.text);
  const bounced = bounceStage(walked);
  findings.push(...bounced.findings);
  if (bounced.bounce) {
    const original =
      bounced.originalRaw !== null && depth === 0
        ? await analyzeText(bounced.originalRaw, { now: deps.now }, depth + 1)
        : null;
    report.bounce = { ...bounced.bounce, original: original?.input.status === 'ok' ? original : null };
  }
  if (!bounced.bounce && depth === 0) {
    for (const a of attachedMessages(walked)) {
      const nested = await analyzeText(a.raw, { now: deps.now }, depth + 1);
      if (nested.input.status === 'ok')
        report.attachedMessages.push({ filename: a.filename, report: nested, leads: false });
    }
    // A forward whose own words are few ("is this real?") is about the attached message: the views lead with it.
    const first = report.attachedMessages[0];
    if (first !== undefined && isShortForward(walked)) first.leads = true;
    if (report.attachedMessages.length > 0) {
      findings.push(
        finding(
          'message.attached',
          'info',
          `${String(report.attachedMessages.length)} attached message${report.attachedMessages.length === 1 ? '' : 's'} analysed`,
          'The message carries another message as an attachment (a forwarded suspicious mail, usually). Its own headers are analysed below, offline.',
        ),
      );
    }
  }
  // Live checks are about the message itself; a bounce's returned original is analysed offline. One budget of
  // DNS questions and one deadline (deps.signal) for all of them; blocklists and reverse DNS start with the verdicts.
  if (depth === 0) {
    const partial = (pending: LivePart[]) => {
      if (!deps.dns || !options.onPartial) return;
      options.onPartial({ report: concluded({ ...report, findings: sortFindings(mergeFindings(findings)) }, signs, bounced.notBounce), pending });
    };
    partial(['authentication', 'reputation']);
    const budget = liveBudget(deps);
    const lookups = deliverabilityLookups(report, message, bodyHead, deps, budget);
    const live = await liveStage(report, message, deps, budget);
    report.live = live.live;
    findings.push(...live.findings);
    findings.push(...compareRecordedWithLive(report));
    partial(['reputation']);
    const d = deliverabilityStage(report, await lookups);
    report.reputation = d.reputation;
    report.deliverability = d.deliverability;
    if (budget) report.live.queries = budget.used;
  }
  report.findings = sortFindings(mergeFindings(findings));
  return concluded(report, signs, bounced.notBounce);
}

/** The report with its verdict, and its findings restated where the verdict settles what they mean. */
function concluded(report: Report, signs: readonly ImpersonationSign[], notice: NotBounce | null): Report {
  report.verdict = verdictOf(report, signs, notice);
  report.findings = sortFindings(restateFindings(report.findings, report.verdict, listIdOf(report.headers)));
  return report;
}

/** The verdict over the finished sections (lib/verdict reads section types, not the Report). */
function verdictOf(report: Report, signs: readonly ImpersonationSign[], notice: NotBounce | null): Report['verdict'] {
  return decideVerdict({
    hasBody: report.input.hasBody,
    addresses: report.addresses,
    headers: report.headers,
    hops: report.hops,
    boundary: report.boundary,
    auth: report.auth,
    live: report.live,
    impersonation: signs,
    bounce: report.bounce,
    notice,
    findings: report.findings,
  });
}

interface LocalResult {
  report: Report;
  /** The header fields and body for the cryptographic checks; null when the input was unreadable. */
  message: SignedMessage | null;
  /** Impersonation signs, for the verdict. */
  signs: ImpersonationSign[];
  /** The body's first BODY_HEAD characters (where the deliverability checks look for links), or null. */
  bodyHead: MessageText | null;
}

const BODY_HEAD = 200_000;

function analyzeSync(read: string | AsciiIntake, deps: Deps, received: DecodedInput | null, facts: OctetLineFacts | null): LocalResult {
  const size = typeof read === 'string' ? read.length : read.text.length;
  const taken: IntakeResult = typeof read === 'string' ? intake(read, facts ?? undefined) : read.taken;
  if (!taken.ok)
    return {
      report: emptyReport(deps, failedInput(size, taken.status), [taken.finding]),
      message: null,
      signs: [],
      bodyHead: null,
    };
  const block = typeof read === 'string' ? splitHeaderBlock(taken.lines, taken.rest, taken.whole) : read.block;
  const input: InputInfo = {
    status: block.tooLarge ? 'too-large' : 'ok',
    size,
    source: taken.source,
    lineEnding: taken.lineEnding,
    hasBody: block.bodyLines !== null,
    headerCount: block.fields.length,
    headerBytes: block.headerChars,
  };
  if (block.tooLarge)
    return { report: emptyReport(deps, input, [...taken.findings, ...block.findings]), message: null, signs: [], bodyHead: null };

  const findings: Finding[] = [...taken.findings, ...block.findings];
  if (taken.strayCarriageReturns > 0) {
    findings.push(
      finding(
        'intake.stray-cr',
        'warn',
        'Lone carriage returns inside lines',
        `${String(taken.strayCarriageReturns)} CR characters are not followed by LF. Servers disagree on whether they end a line: a header-smuggling sign.`,
      ),
    );
  }
  if (block.bodyLines === null) {
    findings.push(
      finding(
        'intake.headers-only',
        'info',
        'Headers only',
        'No message body was given, so checks that need the body (the DKIM body hash, bounce details) cannot run.',
      ),
    );
  }
  const summary = summarize(block.fields);
  findings.push(...summary.findings);
  const dateMs = summary.message.dateIso === null ? null : Date.parse(summary.message.dateIso);
  const path = analyzeHops(block.fields, dateMs);
  findings.push(...path.findings);
  const recorded = readRecordedAuth(block.fields, { boundaryField: path.boundaryHeaderIndex, providerHost: path.boundary?.by ?? null, provider: path.boundary?.provider ?? null, forgedProviderStamp: path.forgedProviderStamp });
  findings.push(...recorded.findings);
  const impersonation = readImpersonation(summary.addresses, recorded.auth.recorded?.dmarc ?? null);
  findings.push(...impersonation.findings);
  // The empty report's fields filled in place (the same keys in the same order; no copy of the whole report).
  const report = emptyReport(deps, input, sortFindings(findings));
  report.hops = path.hops;
  report.timeline = path.hops.length > 0 ? path.timeline : null;
  report.boundary = path.boundary;
  report.auth = recorded.auth;
  report.stamps = decodeStamps(block.fields);
  report.message = summary.message;
  report.addresses = summary.addresses;
  report.headers = mapList(block.fields, (f) => ({ name: f.name, value: f.value, decoded: decodedOrNull(f.value) }));
  const crlfOnly = taken.lineEnding === 'crlf';
  if (typeof read !== 'string') {
    // Read in place: the body is given to DKIM as the octets received only (never decoded as a whole).
    return {
      report,
      message: { fields: block.fields, body: null, bodyBytes: read.bodyOctets, crlfOnly },
      signs: impersonation.signs,
      bodyHead: read.text.view(read.bodyAt, read.bodyAt + BODY_HEAD),
    };
  }
  const { body } = block;
  // The octets as received, when we have them: DKIM hashes those (exact, and no copy of an unchanged body).
  const bodyBytes = received === null || body === null ? undefined : suffixBytes(received, body.length);
  return {
    report,
    message: { fields: block.fields, body, bodyBytes, crlfOnly },
    signs: impersonation.signs,
    bodyHead: body === null ? null : body.slice(0, BODY_HEAD),
  };
}
