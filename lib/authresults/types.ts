/** Parsed Authentication-Results (RFC 8601 §2.2), ARC-Authentication-Results (RFC 8617 §4.1.1), Received-SPF (RFC 7208 §9.1). */

/** One `ptype.property=value` (RFC 8601 §2.2 propspec). `ptype` is '' for a bare `name=value` accepted in lenient mode. */
export interface AuthResProperty {
  ptype: string;
  property: string;
  value: string;
}

/** One `method=result` statement with its reason, properties and comments (RFC 8601 §2.2 resinfo). */
export interface ResInfo {
  /** Lower-cased method keyword, e.g. `dkim`, `spf`, `compauth`. */
  method: string;
  methodVersion: number;
  /** Lower-cased result keyword as written (may be outside the RFC vocabulary in lenient mode, e.g. `bestguesspass`). */
  result: string;
  reason: string | null;
  properties: AuthResProperty[];
  /** Comment texts, outer parentheses removed. Never used to decide a result. */
  comments: string[];
}

/** A named deviation from RFC 8601 that lenient mode accepted. */
export interface Leniency {
  code: LeniencyCode;
  /** Offset in the parsed value. */
  at: number;
}

export type LeniencyCode =
  | 'authres.lenient.no-authserv-id'
  | 'authres.lenient.trailing-semicolon'
  | 'authres.lenient.empty-resinfo'
  | 'authres.lenient.bare-property'
  | 'authres.lenient.unquoted-value'
  | 'authres.lenient.empty-value'
  | 'authres.lenient.unknown-result'
  | 'authres.lenient.result-case'
  | 'authres.lenient.keyword-chars'
  | 'authres.lenient.utf8'
  | 'authres.lenient.stray-text'
  | 'authres.lenient.no-results'
  | 'authres.lenient.missing-semicolon'
  | 'authres.lenient.quoted-paren';

export interface AuthResults {
  /** '' when missing (Microsoft's form, lenient mode only). */
  authservId: string;
  version: number;
  /** Empty for `; none`. */
  resinfo: ResInfo[];
  leniencies: Leniency[];
}

export type AuthResErrorCode =
  | 'authres.syntax.empty'
  | 'authres.syntax.missing-authserv-id'
  | 'authres.syntax.unbalanced-comment'
  | 'authres.syntax.comment-too-deep'
  | 'authres.syntax.unterminated-quote'
  | 'authres.syntax.expected-semicolon'
  | 'authres.syntax.expected-method'
  | 'authres.syntax.expected-equals'
  | 'authres.syntax.expected-result'
  | 'authres.syntax.expected-value'
  | 'authres.syntax.bad-value'
  | 'authres.syntax.bad-version'
  | 'authres.syntax.bad-keyword'
  | 'authres.syntax.non-ascii'
  | 'authres.syntax.trailing-semicolon'
  | 'authres.syntax.bare-property'
  | 'authres.syntax.unexpected'
  | 'authres.result.unknown'
  | 'authres.too-long'
  | 'arc.aar.bad-instance';

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; code: AuthResErrorCode; at: number };

export interface ParseOptions {
  /** Accept real-world breakage (Microsoft's form and others), each recorded as a Leniency. */
  lenient: boolean;
  /** RFC 8601 §2.2 / RFC 6532: UTF-8 allowed in quoted strings, comments and domain/local-part values. */
  internationalized: boolean;
}

/** RFC 8617 §4.1.1: `i=N; authres-payload`. */
export interface ArcAuthResults extends AuthResults {
  instance: number;
}
