/**
 * SpamAssassin stamps (Apache SpamAssassin Mail::SpamAssassin::Conf "add_header" defaults):
 * X-Spam-Status "Yes|No, score=S required=R tests=A,B autolearn=... version=...", X-Spam-Level
 * (one "*" per whole point), X-Spam-Flag, X-Spam-Report (per-rule table), X-Spam-Checker-Version.
 * Barracuda's X-Barracuda-Spam-Status has the same shape and is read here too.
 */
import type { HeaderField } from '../mime';
import { splitEqualsList } from './key-values';
import { spamAssassinRule } from './spamassassin-rules';
import type { Stamp, StampField } from './types';
import { mapList } from '../list/map-list';

function statusFields(value: string): StampField[] {
  const comma = value.indexOf(',');
  const verdict = (comma < 0 ? value : value.slice(0, comma)).trim();
  const fields: StampField[] = [{ key: 'verdict', value: verdict, meaning: verdict.toLowerCase() === 'yes' ? 'Scored as spam (score at or over the required threshold).' : 'Not scored as spam.', confidence: 'documented' }];
  // A folded tests= list has white space after its commas.
  const rest = comma < 0 ? '' : value.slice(comma + 1).replace(/,\s+/g, ',');
  for (const { key, value: v } of splitEqualsList(rest)) {
    const k = key.toLowerCase();
    if (k === 'tests') {
      for (const rule of mapList(v.split(','), (t) => t.trim()).filter((t) => t !== '')) {
        const name = rule.includes('=') ? rule.slice(0, rule.indexOf('=')) : rule;
        const r = spamAssassinRule(name);
        fields.push({ key: 'test', value: rule, meaning: r.meaning, confidence: r.confidence });
      }
      continue;
    }
    const known: Record<string, string> = {
      score: 'Total spam score of this message.',
      hits: 'Total spam score of this message (older name).',
      required: 'Score at which the message counts as spam.',
      autolearn: 'Whether the Bayes filter learnt from this message automatically.',
      autolearn_force: 'Whether auto-learning was forced by a rule.',
      version: 'SpamAssassin version.',
      tag_level: 'Score at which the gateway tags the message.',
      quarantine_level: 'Score at which the gateway quarantines the message.',
      kill_level: 'Score at which the gateway blocks the message.',
      using: 'Which score set was used.',
    };
    const meaning = Object.hasOwn(known, k) ? known[k] : undefined;
    fields.push({ key, value: v, meaning: meaning ?? 'Unknown field.', confidence: meaning ? 'documented' : 'unknown' });
  }
  return fields;
}

/** X-Spam-Report: rows "  3.5 BAYES_99  BODY: Bayes spam probability is 99 to 100%", read from the raw lines. */
function reportFields(raw: string): StampField[] {
  const fields: StampField[] = [];
  const lines = raw.split(/\r\n|\r|\n/);
  for (const line of lines) {
    const trimmed = line.trim();
    const words = (trimmed.startsWith('*') ? trimmed.slice(1) : trimmed).trim().split(/\s+/);
    const [pts, rule] = words;
    if (pts === undefined || rule === undefined || !/^-?\d{1,4}(?:\.\d{1,4})?$/.test(pts) || !/^[A-Z0-9_]{2,64}$/.test(rule)) continue;
    const r = spamAssassinRule(rule);
    fields.push({ key: rule, value: pts, meaning: words.slice(2).join(' ') || r.meaning, confidence: r.confidence === 'unknown' ? 'documented' : r.confidence });
    if (fields.length >= 500) break;
  }
  return fields;
}

export function decodeSpamAssassin(field: HeaderField, index: number): Stamp | null {
  const base = { header: field.name, fieldIndex: index };
  const vendor = field.key.startsWith('x-barracuda') ? 'Barracuda' : 'SpamAssassin';
  switch (field.key) {
    case 'x-spam-status':
    case 'x-barracuda-spam-status': {
      const fields = statusFields(field.value);
      const score = fields.find((f) => f.key.toLowerCase() === 'score' || f.key.toLowerCase() === 'hits')?.value;
      return { ...base, vendor, fields, summary: `${fields[0]?.value ?? ''}${score ? `, score ${score}` : ''}` };
    }
    case 'x-spam-level': {
      let stars = 0;
      for (let k = 0; k < field.value.length; k++) if (field.value.charCodeAt(k) === 42) stars++;
      return { ...base, vendor, fields: [{ key: field.name, value: field.value, meaning: `${String(stars)} star(s): the score rounded down, one star per point.`, confidence: 'documented' }], summary: `score about ${String(stars)}` };
    }
    case 'x-spam-flag':
      return { ...base, vendor, fields: [{ key: field.name, value: field.value, meaning: field.value.trim().toUpperCase() === 'YES' ? 'Marked as spam.' : 'Not marked as spam.', confidence: 'documented' }], summary: null };
    case 'x-spam-report':
    case 'x-barracuda-spam-report': {
      const fields = reportFields(field.raw);
      return { ...base, vendor, fields, summary: fields.length > 0 ? `${String(fields.length)} rules listed` : null };
    }
    case 'x-spam-checker-version':
      return { ...base, vendor, fields: [{ key: field.name, value: field.value, meaning: 'Filter name, version and the host that ran it.', confidence: 'documented' }], summary: null };
    default:
      return null;
  }
}
