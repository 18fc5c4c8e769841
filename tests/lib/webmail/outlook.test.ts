import { describe, expect, it } from 'vitest';
import { outlookLocation, outlookServiceUrl } from '../../../lib/webmail/outlook-location';
import { buildGetItemBody, decodeGetItemResponse, getItemHeaders, readCanary } from '../../../lib/webmail/outlook-get-item';

const ITEM = 'AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcA';
const CONV = 'AAQkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwChAAd9L5OTo2xEydvmQ8CRu2Gg%3D%3D';

describe('outlookLocation', () => {
  it.each([
    [`/mail/inbox/id/${ITEM}`, { mailboxIndex: null, itemId: decodeURIComponent(ITEM), idKind: 'item' }],
    [`/mail/0/inbox/id/${ITEM}`, { mailboxIndex: '0', itemId: decodeURIComponent(ITEM), idKind: 'item' }],
    [`/mail/inbox/id/${CONV}`, { mailboxIndex: null, itemId: decodeURIComponent(CONV), idKind: 'conversation' }],
    [`/mail/inbox/id/${CONV}/sxs/${ITEM}`, { mailboxIndex: null, itemId: decodeURIComponent(ITEM), idKind: 'item' }],
    ['/mail/inbox', { mailboxIndex: null, itemId: null, idKind: null }],
    ['/mail/1/', { mailboxIndex: '1', itemId: null, idKind: null }],
    ['/mail/inbox/id/%E0%A4%A', { mailboxIndex: null, itemId: null, idKind: null }],
    ['/mail/inbox/id/<script>', { mailboxIndex: null, itemId: null, idKind: null }],
  ])('%s', (path, want) => {
    expect(outlookLocation(path)).toEqual(want);
  });

  it.each([
    ['https://outlook.office.com', null, 'https://outlook.office.com/owa/service.svc?action=GetItem&app=Mail'],
    ['https://outlook.live.com', '0', 'https://outlook.live.com/owa/0/service.svc?action=GetItem&app=Mail'],
  ])('service URL %s %s', (origin, index, want) => {
    expect(outlookServiceUrl(origin, index)).toBe(want);
  });
});

describe('GetItem', () => {
  it('asks for IdOnly + IncludeMimeContent for one item', () => {
    const body = JSON.parse(buildGetItemBody('AAMkX')) as { Body: { ItemShape: unknown; ItemIds: unknown } };
    expect(body.Body.ItemShape).toEqual({ __type: 'ItemResponseShape:#Exchange', BaseShape: 'IdOnly', IncludeMimeContent: true });
    expect(body.Body.ItemIds).toEqual([{ __type: 'ItemId:#Exchange', Id: 'AAMkX' }]);
  });

  it('sends the canary only as X-OWA-CANARY', () => {
    expect(getItemHeaders('c4n4ry')).toEqual({
      Action: 'GetItem',
      'Content-Type': 'application/json; charset=utf-8',
      'X-OWA-CANARY': 'c4n4ry',
      'x-req-source': 'Mail',
    });
  });

  it.each([
    ['X-OWA-CANARY=abc_DEF.123-x; other=1', 'abc_DEF.123-x'],
    ['a=1; x-owa-canary=Zz9', 'Zz9'],
    ['a=1', null],
    ['X-OWA-CANARY=', null],
    ['X-OWA-CANARY=bad value<', null],
  ])('readCanary(%j)', (cookie, want) => {
    expect(readCanary(cookie)).toBe(want);
  });

  const ok = (value: unknown) => ({ Body: { ResponseMessages: { Items: [{ ResponseClass: 'Success', ResponseCode: 'NoError', Items: [{ MimeContent: { Value: value } }] }] } } });
  it.each([
    ['nested under Body', ok('RnJvbTogYQ=='), { ok: true, base64: 'RnJvbTogYQ==' }],
    ['without Body', { ResponseMessages: { Items: [{ Items: [{ MimeContent: { Value: 'QQ==' } }] }] } }, { ok: true, base64: 'QQ==' }],
    ['error class', { Body: { ResponseMessages: { Items: [{ ResponseClass: 'Error', ResponseCode: 'ErrorItemNotFound', MessageText: 'The specified object was not found in the store.' }] } } }, { ok: false, code: 'outlook.service-error', detail: 'The specified object was not found in the store.' }],
    ['empty MimeContent', ok(''), { ok: false, code: 'outlook.service-shape', detail: 'no MimeContent' }],
    ['not an object', 'nope', { ok: false, code: 'outlook.service-shape', detail: 'not a JSON object' }],
    ['no messages', { Body: {} }, { ok: false, code: 'outlook.service-shape', detail: 'no ResponseMessages' }],
  ])('decode: %s', (_name, json, want) => {
    expect(decodeGetItemResponse(json)).toEqual(want);
  });
});
