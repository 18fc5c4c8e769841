/** Vendor anti-spam / gateway stamps decoded into keyed fields with meanings. */

/**
 * 'documented': the vendor's own documentation says so. 'community': reverse-engineered or widely
 * observed (e.g. decode-spam-headers, admin forums), not confirmed by the vendor. 'unknown': a key we
 * cannot explain; shown as written.
 */
export type Confidence = 'documented' | 'community' | 'unknown';

export interface StampField {
  key: string;
  value: string;
  meaning: string;
  confidence: Confidence;
}

export interface Stamp {
  /** Header name as written. */
  header: string;
  vendor: string;
  /** Index in `fields`. */
  fieldIndex: number;
  fields: StampField[];
  /** One-line verdict when the stamp has one (e.g. "Spam (SCL 5)"), else null. */
  summary: string | null;
}

/** A key's meaning: fixed text, or a function of the value. */
export type Meaning = string | ((value: string) => { meaning: string; confidence?: Confidence });

export interface KeyDoc {
  meaning: Meaning;
  confidence: Confidence;
}
