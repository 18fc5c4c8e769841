/** Vendor stamps decoded with meanings and confidence; unknown keys kept and marked. */
import { describe, expect, it } from 'vitest';
import { decodeStamps, type Stamp } from '../../../lib/stamps';
import { fieldsOf, loadFixture } from '../authresults/load-fixture';

function one(header: string): Stamp {
  const stamps = decodeStamps(fieldsOf(`${header}\r\nFrom: a@example.com\r\n\r\n`));
  expect(stamps).toHaveLength(1);
  const s = stamps[0];
  if (!s) throw new Error('no stamp');
  return s;
}

const field = (s: Stamp, key: string) => s.fields.find((f) => f.key === key);

describe('Microsoft', () => {
  it('X-Forefront-Antispam-Report: documented keys, IPv6 CIP kept whole, unknown key marked', () => {
    const s = one('X-Forefront-Antispam-Report: CIP:2001:db8::25;CTRY:US;LANG:en;SCL:5;SRV:BULK;IPV:NLI;SFV:SPM;H:mail.example.com;PTR:mail.example.com;CAT:BULK;SFS:(13230040)(8096899003);DIR:INB;SFTY:9.25;ZZZ:1;');
    expect(field(s, 'CIP')?.value).toBe('2001:db8::25');
    expect(field(s, 'SFV')?.meaning).toContain('marked the message as spam');
    expect(field(s, 'SCL')?.meaning).toContain('spam');
    expect(field(s, 'DIR')).toMatchObject({ confidence: 'documented' });
    expect(field(s, 'SFTY')?.meaning).toContain('first contact');
    expect(field(s, 'ZZZ')).toMatchObject({ confidence: 'unknown' });
    expect(s.summary).toBe('verdict SPM, SCL 5, category BULK');
  });

  it('unknown code values say so', () => {
    const s = one('X-Forefront-Antispam-Report: SFV:QQQ;CAT:NEWTHING;');
    expect(field(s, 'SFV')).toMatchObject({ confidence: 'unknown' });
    expect(field(s, 'CAT')?.meaning).toContain('not documented');
  });

  it.each([
    ['BCL:0;', 'not from a bulk sender'],
    ['BCL:8;ARA:1|2;', 'many complaints'],
  ])('X-Microsoft-Antispam %s', (v, text) => {
    expect(field(one(`X-Microsoft-Antispam: ${v}`), 'BCL')?.meaning).toContain(text);
  });

  it('X-Microsoft-Antispam-Mailbox-Delivery is community-sourced', () => {
    const s = one('X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(910001);RF:JunkEmail;');
    expect(s.summary).toBe('delivered to Junk Email folder');
    expect(s.fields.every((f) => f.confidence === 'community')).toBe(true);
  });
});

describe('SpamAssassin', () => {
  it('X-Spam-Status with tests list', () => {
    const s = one('X-Spam-Status: Yes, score=7.3 required=5.0 tests=BAYES_99,DKIM_INVALID,\r\n\tRCVD_IN_PBL,ZZ_LOCAL_RULE autolearn=no autolearn_force=no version=3.4.6');
    expect(s.summary).toBe('Yes, score 7.3');
    const tests = s.fields.filter((f) => f.key === 'test');
    expect(tests.map((t) => t.value)).toEqual(['BAYES_99', 'DKIM_INVALID', 'RCVD_IN_PBL', 'ZZ_LOCAL_RULE']);
    expect(tests[3]?.confidence).toBe('unknown');
  });

  it('X-Spam-Level counts stars; X-Spam-Report rows', () => {
    expect(one('X-Spam-Level: *******').summary).toBe('score about 7');
    const r = one('X-Spam-Report:\r\n\t*  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%\r\n\t*  0.1 DKIM_INVALID DKIM or DK signature exists, but is not valid\r\n\t* -0.0 SPF_PASS SPF: sender matches SPF record');
    expect(r.fields.map((f) => [f.key, f.value])).toEqual([
      ['BAYES_99', '3.5'],
      ['DKIM_INVALID', '0.1'],
      ['SPF_PASS', '-0.0'],
    ]);
    expect(r.fields[0]?.meaning).toBe('BODY: Bayes spam probability is 99 to 100%');
  });
});

describe('gateways', () => {
  it('Proofpoint spam details', () => {
    const s = one('X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 phishscore=0 impostorscore=0 bulkscore=0 engine=8.19.0-2507300000 definitions=main-2510140000');
    expect(s.summary).toBe('rule notspam');
    expect(field(s, 'impostorscore')?.meaning).toContain('Impostor');
    expect(s.fields.every((f) => f.confidence === 'community')).toBe(true);
  });

  it('Mimecast impersonation protect', () => {
    const s = one('X-Mimecast-Impersonation-Protect: Policy=CLT - Impersonation Protection Definition;Similar Internal Domain=false;Similar Monitored External Domain=false;Custom External Domain=false;Mimecast External Domain=false;Newly Observed Domain=true;Internal User Name=false;Custom Display Name List=false;Reply-to Address Mismatch=true;Targeted Threat Dictionary=false;Mimecast Threat Dictionary=false;Custom Threat Dictionary=false');
    expect(s.summary).toBe('matched: Newly Observed Domain, Reply-to Address Mismatch');
  });

  it.each([
    ['X-SBRS: -4.2', 'poor'],
    ['X-SBRS: None', 'No SenderBase'],
    ['X-Amp-Result: CLEAN', 'CLEAN'],
    ['X-Barracuda-Spam-Score: 0.50', '0.50'],
    ['X-Gm-Spam: 0', 'did not classify'],
    ['X-MS-Exchange-Organization-AuthAs: Anonymous', 'not authenticated'],
  ])('%s', (h, text) => {
    expect(one(h).fields[0]?.meaning).toContain(text);
  });

  it('Barracuda spam status reads like SpamAssassin', () => {
    const s = one('X-Barracuda-Spam-Status: No, SCORE=0.50 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=8.0 tests=BSF_SC0_MISMATCH_TO');
    expect(s.vendor).toBe('Barracuda');
    expect(field(s, 'KILL_LEVEL')?.meaning).toContain('blocks');
  });
});

describe('whole messages', () => {
  it('decodes the Exchange Online fixture in header order and ignores ordinary headers', () => {
    const stamps = decodeStamps(loadFixture('outlook-exo-pass.eml'));
    expect(stamps.map((s) => s.header)).toEqual(['X-MS-Exchange-Organization-AuthAs', 'X-MS-Exchange-Organization-SCL', 'X-Forefront-Antispam-Report', 'X-Microsoft-Antispam', 'X-Microsoft-Antispam-Mailbox-Delivery']);
  });
});
