/** RFC 5321 §4.4 Stamp clauses, plus "via" as Exchange writes it. */
export type ClauseName = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
