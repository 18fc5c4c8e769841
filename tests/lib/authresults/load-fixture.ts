/** Read a header-block fixture and compute the trust input the way the delivery-path work will: the
 * lowest Received written `by <providerHost>` is the boundary. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intake, splitHeaderBlock, type HeaderField } from '../../../lib/mime';
import type { TrustInput } from '../../../lib/authresults';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'authresults');

export function fieldsOf(text: string): HeaderField[] {
  const res = intake(text);
  if (!res.ok) throw new Error(`intake: ${res.status}`);
  return splitHeaderBlock(res.lines).fields;
}

export function loadFixture(name: string): HeaderField[] {
  return fieldsOf(readFileSync(path.join(DIR, name), 'utf8'));
}

export function boundaryBy(fields: readonly HeaderField[], providerHost: string): TrustInput {
  const needle = `by ${providerHost.toLowerCase()}`;
  const boundaryField = fields.findLastIndex((f) => f.key === 'received' && f.value.toLowerCase().replace(/\s+/g, ' ').includes(needle));
  if (boundaryField < 0) throw new Error(`no Received by ${providerHost}`);
  return { boundaryField, providerHost };
}
