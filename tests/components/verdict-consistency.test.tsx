/**
 * The rendered report agrees with its verdict: every verdict scenario (tests/fixtures/verdict/scenarios.json)
 * rendered with ReportView, read back from the DOM. A badge, the tally, a checklist line or a bounce card that
 * contradicts the banner fails; so does a sender's "Fix" shown to a recipient, or no fix after "I sent it".
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../components/ReportView';
import type { Report } from '../../lib/report';
import { analyseScenario, SCENARIOS } from '../lib/verdict/load-scenarios';

afterEach(cleanup);

/** The elements of this report only (not of a report nested in it). */
function own(article: Element, selector: string): Element[] {
  return [...article.querySelectorAll(selector)].filter((el) => el.closest('article.report') === article);
}

function tone(article: Element, method: string): string | null {
  return own(article, `.badge-row .result-badge[data-method="${method}"]`)[0]?.getAttribute('data-tone') ?? null;
}

function status(article: Element, id: string): string | null {
  return own(article, `[data-item-id="deliverability.${id}"]`)[0]?.getAttribute('data-status') ?? null;
}

/** What the rendered report says against its verdict, as sentences (empty: consistent). */
function contradictions(article: Element, r: Report): string[] {
  const out: string[] = [];
  const kind = r.verdict.kind;
  const dmarc = tone(article, 'dmarc');
  const dkim = tone(article, 'dkim');
  if (kind === 'authentic') {
    if (dmarc === 'bad') out.push('authentic, but the DMARC badge is red');
    if (dkim === 'bad' && dmarc !== 'ok') out.push('authentic, but the aligned DKIM badge is red and DMARC not green');
    if (status(article, 'dmarc') === 'fail') out.push('authentic, but the checklist fails DMARC');
  }
  if (kind === 'unauthenticated') {
    if (dmarc === 'ok') out.push('unauthenticated, but the DMARC badge is green');
    if (dkim === 'ok') out.push('unauthenticated, but the aligned DKIM badge is green');
    if (status(article, 'dmarc') === 'pass') out.push('unauthenticated, but the checklist passes DMARC');
  }
  if (kind === 'deceptive' && r.auth?.recorded?.dmarc?.result === 'fail' && dmarc !== 'bad')
    out.push('deceptive with a recorded DMARC fail, but the DMARC badge is not red');
  for (const pill of own(article, '[data-testid=tally] .pill'))
    if (/problem|warning/.test(pill.textContent) && pill.classList.contains('ok'))
      out.push(`a green "${pill.textContent}" in the tally`);
  if (kind !== 'authentic' && own(article, '[data-testid=tally] .pill.ok').length > 0)
    out.push(`${kind}, but the tally shows a green pill`);
  for (const card of own(article, '.bounce-card')) {
    const text = card.querySelector('.outcome')?.textContent ?? '';
    const permanent = card.getAttribute('data-permanent') === 'true';
    const codes = card.querySelector('.codes')?.textContent ?? '';
    if (/soft failure/i.test(text)) out.push(`a bounce card says "soft failure": ${text}`);
    if (permanent !== card.classList.contains('permanent')) out.push(`card class disagrees with permanent: ${text}`);
    if (permanent && !text.includes('Permanent: ')) out.push(`permanent, but the card says: ${text}`);
    if (!permanent && text.includes('Permanent')) out.push(`temporary, but the card says: ${text}`);
    if (/^5\d\d|(?:^|· )5\.\d/.test(codes) && !permanent) out.push(`class 5 (${codes}), but not permanent`);
    if (/^4\d\d|(?:^|· )4\.\d/.test(codes) && permanent) out.push(`class 4 (${codes}), but permanent`);
  }
  const side = article.closest('article.report:not(.nested)')?.getAttribute('data-perspective');
  if (side === 'recipient') {
    const fixes = own(article, '.fix').length;
    if (fixes > 0 || /\bFix\b/.test(article.textContent))
      out.push(`read as the recipient, but ${String(fixes)} sender's fix(es) shown`);
  }
  return out;
}

/** The report and each report nested in it, with the article that renders it. */
function articles(root: Element, r: Report): [Element, Report][] {
  const top = root.querySelector('article.report:not(.nested)');
  if (!top) throw new Error('no report rendered');
  const nested = [...top.querySelectorAll('article.report.nested')].filter(
    (el) => el.parentElement?.closest('article.report') === top,
  );
  const inner = [...(r.bounce?.original ? [r.bounce.original] : []), ...r.attachedMessages.map((a) => a.report)];
  expect(nested).toHaveLength(inner.length);
  return [[top, r], ...inner.map((x, i): [Element, Report] => [nested[i] as Element, x])];
}

function allContradictions(root: Element, r: Report): string[] {
  return articles(root, r).flatMap(([a, x]) => contradictions(a, x));
}

function banners(root: Element): { kind: string | null; text: string }[] {
  return [...root.querySelectorAll('article.report > .verdicts [data-testid=verdict]')].map((b) => ({
    kind: b.getAttribute('data-kind'),
    text: b.textContent,
  }));
}

describe('the rendered report agrees with its verdict (every scenario)', () => {
  it.each(SCENARIOS.map((s) => [s.file, s.kind]))('%s (%s)', async (file, kind) => {
    const r = await analyseScenario(file);
    const { container, getByRole } = render(<ReportView report={r} />);
    const lead = r.attachedMessages.find((a) => a.leads);
    // The banner states the verdict (the attached message's first when a short forward is about it).
    const shown = banners(container);
    expect(shown.map((b) => b.kind)).toEqual(lead ? [lead.report.verdict.kind, kind] : [kind]);
    expect(shown.at(-1)?.text).toContain(r.verdict.headline);
    // The badge row names who recorded the results, or says nobody did.
    if (r.auth)
      expect(container.querySelector('[data-testid=auth-badges]')?.textContent).toMatch(
        /recorded by|claimed by|checked live|No authentication results/,
      );
    // The default side, then the other one: nothing contradicts the verdict either way.
    const first = (lead?.report.verdict ?? r.verdict).perspective;
    expect(container.querySelector('article.report')?.getAttribute('data-perspective')).toBe(first);
    expect(allContradictions(container, r)).toEqual([]);
    fireEvent.click(getByRole('button', { name: first === 'recipient' ? 'I sent it' : 'I received it' }));
    expect(container.querySelector('article.report')?.getAttribute('data-perspective')).not.toBe(first);
    expect(allContradictions(container, r)).toEqual([]);
    // Read as the sender, the checklist's fixes are there (the sender's to make).
    fireEvent.click(getByRole('button', { name: 'I sent it' }));
    const fixable = r.deliverability.filter((i) => i.fix !== null).length;
    expect(container.querySelectorAll('.deliverability .fix')).toHaveLength(fixable);
  });

  it('catches a contradiction when one is planted (the check can fail)', async () => {
    const spoof = await analyseScenario('spoof-pquarantine-gmail.eml');
    const a = render(<ReportView report={{ ...spoof, verdict: { ...spoof.verdict, kind: 'authentic' } }} />);
    expect(allContradictions(a.container, { ...spoof, verdict: { ...spoof.verdict, kind: 'authentic' } })).toEqual([
      'authentic, but the DMARC badge is red',
      'authentic, but the checklist fails DMARC',
    ]);
    a.unmount();
    const genuine = await analyseScenario('gmail-genuine-dmarc-pass.eml');
    const planted: Report = {
      ...genuine,
      verdict: { ...genuine.verdict, kind: 'unauthenticated', perspective: 'sender' },
    };
    const b = render(<ReportView report={planted} />);
    expect(allContradictions(b.container, planted)).toEqual([
      'unauthenticated, but the DMARC badge is green',
      'unauthenticated, but the aligned DKIM badge is green',
      'unauthenticated, but the checklist passes DMARC',
    ]);
    // Read as the recipient with a fix left on screen.
    fireEvent.click(b.getByRole('button', { name: 'I received it' }));
    b.container
      .querySelector('.summary')
      ?.append(Object.assign(document.createElement('p'), { className: 'fix', textContent: 'Fix: x' }));
    expect(allContradictions(b.container, planted)).toContain("read as the recipient, but 1 sender's fix(es) shown");
    b.unmount();
    const bounce = await analyseScenario('bounce-postfix-dsn-5.1.1.eml');
    const card = bounce.bounce?.recipients[0];
    if (!bounce.bounce || !card) throw new Error('fixture changed');
    const soft: Report = { ...bounce, bounce: { ...bounce.bounce, recipients: [{ ...card, permanent: false }] } };
    const c = render(<ReportView report={soft} />);
    expect(allContradictions(c.container, soft).some((s) => s.startsWith('class 5'))).toBe(true);
  });
});
