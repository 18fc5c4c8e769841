/** RFC 8601 parser: Appendix B examples first, then lenient forms (each a named leniency) and typed errors. */
import { describe, expect, it } from 'vitest';
import { LENIENT, STRICT, parseAuthResults, parseArcAuthResults, parseReceivedSpf } from '../../../lib/authresults';

describe('RFC 8601 Appendix B', () => {
  it.each([
    ['B.2 no authentication done', 'example.org 1; none', 'example.org', 0],
    ['B.3 service provided', 'example.com; spf=pass smtp.mailfrom=example.net', 'example.com', 1],
    ['B.4 several results', 'example.com; auth=pass (cram-md5) smtp.auth=sender@example.net; spf=pass smtp.mailfrom=example.net', 'example.com', 2],
    ['B.6 multi-tiered', 'example.com; dkim=pass reason="good signature" header.i=@mail-router.example.net; dkim=fail reason="bad signature" header.i=@newyork.example.com', 'example.com', 2],
    ['B.7 comment-heavy', 'foo.example.net (foobar) 1 (baz); dkim (Because I like it) / 1 (One yay) = (wait for it) fail policy (A dot can go here) . (like that) expired (this surprised me) = (as I wasn\'t expecting it) 1362471462', 'foo.example.net', 1],
  ])('%s', (_n, value, id, count) => {
    const r = parseAuthResults(value, STRICT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.authservId).toBe(id);
    expect(r.value.resinfo).toHaveLength(count);
    expect(r.value.leniencies).toEqual([]);
  });

  it('B.7 keeps method version, ptype.property with CFWS around the dot, and comments', () => {
    const r = parseAuthResults('foo.example.net (foobar) 1 (baz); dkim (Because I like it) / 1 (One yay) = (wait for it) fail policy (A dot can go here) . (like that) expired (this surprised me) = (as I wasn\'t expecting it) 1362471462', STRICT);
    expect(r.ok && r.value.resinfo[0]).toMatchObject({ method: 'dkim', methodVersion: 1, result: 'fail', properties: [{ ptype: 'policy', property: 'expired', value: '1362471462' }] });
    expect(r.ok && r.value.resinfo[0]?.comments).toContain('One yay');
  });

  it('B.6 reason= and header.i with an empty local part', () => {
    const r = parseAuthResults('example.com; dkim=pass reason="good signature" header.i=@mail-router.example.net', STRICT);
    expect(r.ok && r.value.resinfo[0]).toMatchObject({ reason: 'good signature', properties: [{ ptype: 'header', property: 'i', value: '@mail-router.example.net' }] });
  });
});

describe('lenient mode: real-world breakage, each a named leniency', () => {
  it.each([
    ['Microsoft without authserv-id', 'spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100', ['authres.lenient.no-authserv-id', 'authres.lenient.bare-property']],
    ['trailing semicolon (Yahoo)', 'a.example; spf=pass smtp.mailfrom=example.com;', ['authres.lenient.trailing-semicolon']],
    ['double semicolon', 'a.example; spf=pass;; dkim=none', ['authres.lenient.empty-resinfo']],
    ['unquoted base64 with /', 'mx.google.com; dkim=pass header.b=ab/c+d=', ['authres.lenient.unquoted-value']],
    ['unknown result (dkim=timeout)', 'a.example; dkim=timeout (key query timeout)', ['authres.lenient.unknown-result']],
    ['capitalised result', 'a.example; dkim=Pass', ['authres.lenient.result-case']],
    ['underscore in a property', 'a.example; x-return-mx=pass policy.is_org=yes', ['authres.lenient.keyword-chars']],
    ['missing ; after authserv-id', 'a.example spf=pass smtp.mailfrom=example.com', ['authres.lenient.missing-semicolon']],
    ['stray word', 'a.example; spf=pass smtp.mailfrom=example.com garbage', ['authres.lenient.stray-text']],
    ['no results', 'a.example', ['authres.lenient.no-results']],
    ['empty property value', 'a.example; dkim=none header.d=', ['authres.lenient.empty-value']],
  ])('%s', (_n, value, codes) => {
    expect(parseAuthResults(value, STRICT).ok).toBe(false);
    const r = parseAuthResults(value, LENIENT);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.leniencies.map((l) => l.code)).toEqual(codes);
  });

  it('keeps a bare property with ptype ""', () => {
    const r = parseAuthResults('a.example; dmarc=pass action=none header.from=example.com', LENIENT);
    expect(r.ok && r.value.resinfo[0]?.properties).toEqual([
      { ptype: '', property: 'action', value: 'none' },
      { ptype: 'header', property: 'from', value: 'example.com' },
    ]);
  });
});

describe('typed errors on bad input (both modes)', () => {
  it.each([
    ['empty', '', 'authres.syntax.empty'],
    ['unclosed comment', 'a.example; spf=pass (oops', 'authres.syntax.unbalanced-comment'],
    ['extra )', 'a.example; spf=pass ) smtp.mailfrom=x', 'authres.syntax.unbalanced-comment'],
    ['unterminated quote', 'a.example; dkim=fail reason="abc', 'authres.syntax.unterminated-quote'],
    ['comments nested too deep', `a.example; spf=pass ${'('.repeat(40)}x${')'.repeat(40)}`, 'authres.syntax.comment-too-deep'],
    ['bad method version', 'a.example; dkim/x=pass', 'authres.syntax.bad-version'],
    ['too long', `a.example; x=${'a'.repeat(70000)}`, 'authres.too-long'],
  ])('%s', (_n, value, code) => {
    for (const mode of [STRICT, LENIENT]) {
      const r = parseAuthResults(value, mode);
      expect(r).toMatchObject({ ok: false, code });
    }
  });

  it('keeps __proto__ as data', () => {
    const r = parseAuthResults('a.example; __proto__=pass header.__proto__=x', LENIENT);
    expect(r.ok && r.value.resinfo[0]?.properties[0]).toEqual({ ptype: 'header', property: '__proto__', value: 'x' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('RFC 8617 §4.1.1 ARC-Authentication-Results', () => {
  it('reads the instance and the payload', () => {
    const r = parseArcAuthResults('i=2; lists.example.org; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com');
    expect(r.ok && { i: r.value.instance, id: r.value.authservId, n: r.value.resinfo.length }).toEqual({ i: 2, id: 'lists.example.org', n: 2 });
  });

  it.each([['no instance', 'lists.example.org; dkim=pass'], ['instance 0', 'i=0; a.example; none'], ['instance 51', 'i=51; a.example; none']])('rejects %s', (_n, v) => {
    expect(parseArcAuthResults(v)).toMatchObject({ ok: false, code: 'arc.aar.bad-instance' });
  });
});

describe('RFC 7208 §9.1 Received-SPF', () => {
  it('RFC 7208 §9.1 example', () => {
    const r = parseReceivedSpf('pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from="myname@example.com"; helo=foo.example.com;');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.result).toBe('pass');
    expect(r.value.receiver).toBe('mybox.example.org');
    expect(r.value.pairs.get('envelope-from')).toBe('myname@example.com');
    expect(r.value.pairs.get('client-ip')).toBe('192.0.2.1');
  });

  it.each([
    ['Microsoft capitalised', 'Pass (protection.outlook.com: domain of example.com designates 192.0.2.1 as permitted sender) receiver=protection.outlook.com; client-ip=192.0.2.1; helo=a.example;', 'pass', 'protection.outlook.com'],
    ['Gmail receiver in the comment', 'softfail (google.com: domain of transitioning x@example.com does not designate 192.0.2.1 as permitted sender) client-ip=192.0.2.1;', 'softfail', 'google.com'],
    ['policyd-spf', 'Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.1; helo=a.example; envelope-from=b@example.com; receiver=<UNKNOWN>', 'pass', '<UNKNOWN>'],
  ])('%s', (_n, v, result, receiver) => {
    const r = parseReceivedSpf(v);
    expect(r.ok && [r.value.result, r.value.receiver]).toEqual([result, receiver]);
  });

  it.each([['', 'spf.received.empty'], ['hardfail (x)', 'spf.received.unknown-result'], ['pass (unclosed', 'spf.received.bad-syntax']])('rejects %j', (v, code) => {
    expect(parseReceivedSpf(v)).toMatchObject({ ok: false, code });
  });
});
