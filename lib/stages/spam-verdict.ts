import type { HeaderEntry } from '../mime/types';
import type { Stamp } from '../stamps/types';
import type { SpamVerdict } from '../deliverability/types';
import { equalsLower } from '../text/equals-lower';

function field(stamps: readonly Stamp[], header: string, key: string): string | null {
  const h = header.toLowerCase();
  for (const s of stamps) {
    if (s.header.toLowerCase() !== h) continue;
    const f = s.fields.find((x) => x.key.toUpperCase() === key);
    if (f) return f.value.trim();
  }
  return null;
}

function int(v: string | null): number | null {
  if (v === null || !/^-?\d{1,2}$/.test(v)) return null;
  return Number(v);
}

/** SpamAssassin's X-Spam-Status: "Yes, score=7.2 required=5.0 tests=..." */
function spamAssassin(headers: readonly HeaderEntry[]): { score: number; required: number | null; flagged: boolean | null } | null {
  const status = headers.find((h) => equalsLower(h.name, 'x-spam-status'))?.value;
  if (status === undefined) return null;
  const score = /\bscore=(-?\d{1,4}(?:\.\d{1,3})?)/.exec(status)?.[1];
  if (score === undefined) return null;
  const required = /\brequired=(-?\d{1,4}(?:\.\d{1,3})?)/.exec(status)?.[1];
  const flag = /^\s*(yes|no)\b/i.exec(status)?.[1];
  return { score: Number(score), required: required === undefined ? null : Number(required), flagged: flag === undefined ? null : flag.toLowerCase() === 'yes' };
}

/** The receiving provider's own spam verdict, from the decoded stamps, for the deliverability checklist. */
export function spamVerdict(stamps: readonly Stamp[], headers: readonly HeaderEntry[]): SpamVerdict | null {
  const verdict: SpamVerdict = {
    scl: int(field(stamps, 'X-Forefront-Antispam-Report', 'SCL') ?? field(stamps, 'X-MS-Exchange-Organization-SCL', 'X-MS-EXCHANGE-ORGANIZATION-SCL')),
    bcl: int(field(stamps, 'X-Microsoft-Antispam', 'BCL')),
    sfv: field(stamps, 'X-Forefront-Antispam-Report', 'SFV'),
    spamAssassin: spamAssassin(headers),
  };
  const any = verdict.scl !== null || verdict.bcl !== null || verdict.sfv !== null || verdict.spamAssassin !== null;
  return any ? verdict : null;
}
