/** TLS and authentication as each dialect records them (RFC 3848 protocol names first). */
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../lib/received/parse';

const DATE = '; Tue, 14 Oct 2025 09:17:41 +0000';
const stamp = (rest: string) => parseReceived(`from a.example (a.example [192.0.2.1]) ${rest}${DATE}`);

describe('TLS detection', () => {
  it.each([
    // RFC 3848 §2: the "S" in the protocol name means TLS, the "A" SMTP AUTH.
    ['RFC 3848 ESMTPS', 'by b with ESMTPS id 1', { version: null, cipher: null }],
    ['RFC 3848 ESMTPSA', 'by b with ESMTPSA id 1', { version: null, cipher: null }],
    ['RFC 3848 ESMTPA is not TLS', 'by b with ESMTPA id 1', null],
    ['plain ESMTP', 'by b with ESMTP id 1', null],
    ['LMTPS (Dovecot)', 'by b with LMTPS id 1', { version: null, cipher: null }],
    ['RFC 6531 UTF8SMTPS', 'by b with UTF8SMTPS id 1', { version: null, cipher: null }],
    ['HTTPS (Exchange Online)', 'by b with HTTPS', { version: null, cipher: null }],
    ['Postfix (using ... with cipher ...)', '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by b (Postfix) with ESMTPS id 1', { version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' }],
    ['Gmail (version= cipher= bits=)', 'by mx.google.com with ESMTPS id 1 for <x@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)', { version: 'TLS1_3', cipher: 'TLS_AES_256_GCM_SHA384' }],
    ['Exchange (version=..., cipher=...)', 'by b (10.0.0.1) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1', { version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' }],
    ['Sendmail (version=... cipher=... verify=)', 'by b (8.17.1/8.17.1) with ESMTPS id 1 (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)', { version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' }],
    ['Exim 4.95+ (TLS1.3) tls CIPHER', 'by b with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1', { version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' }],
    ['Exim older (TLS1.2:CIPHER:256)', 'by b with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256) (Exim 4.92) id 1', { version: 'TLS1.2', cipher: 'ECDHE_RSA_AES_256_GCM_SHA384' }],
    ['Exim log style X=TLS...', 'by b with esmtp (X=TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256) id 1', { version: 'TLSv1.2', cipher: 'ECDHE-RSA-AES256-GCM-SHA384' }],
    ['Gmail SMTPS (Google Transport Security)', 'by mx.google.com with SMTPS id 1 for <x@gmail.com> (Google Transport Security)', { version: null, cipher: null }],
  ])('%s', (_name, rest, tls) => {
    expect(stamp(rest).tls).toEqual(tls);
  });
});

describe('authentication', () => {
  it.each([
    ['RFC 3848 ESMTPA', 'by b with ESMTPA id 1', true],
    ['RFC 3848 ESMTPSA', 'by b with ESMTPSA id 1', true],
    ['lower-case esmtpsa (Exim)', 'by b with esmtpsa (TLS1.3) tls X id 1', true],
    ['LMTPA (Cyrus)', 'by b with LMTPA', true],
    ['Postfix (Authenticated sender: x)', '(Authenticated sender: alice) by b (Postfix) with ESMTPS id 1', true],
    ['Sendmail (authenticated bits=0)', '(authenticated bits=0) by b (8.16.1/8.16.1) with ESMTP id 1', true],
    ['plain ESMTPS', 'by b with ESMTPS id 1', false],
    ['HTTPS is not SMTP AUTH', 'by b with HTTPS', false],
  ])('%s', (_name, rest, authenticated) => {
    expect(stamp(rest).authenticated).toBe(authenticated);
  });
});
