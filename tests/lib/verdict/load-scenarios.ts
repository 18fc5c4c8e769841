/** The verdict scenarios (tests/fixtures/verdict/scenarios.json): each message with its expected kind and perspective. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../lib/analyze';
import type { Report } from '../../../lib/report';

export interface Scenario {
  file: string;
  kind: string;
  perspective: string;
  scenario: string;
  format: string;
  attached?: { kind: string; perspective: string; leads: boolean };
}

export const FIXTURES = path.resolve(__dirname, '../../fixtures/verdict');

export const SCENARIOS: Scenario[] = JSON.parse(
  readFileSync(path.join(FIXTURES, 'scenarios.json'), 'utf8'),
) as Scenario[];

/** Analysed offline, at a fixed clock, as the CLI reads a file (bytes). */
export function analyseScenario(file: string): Promise<Report> {
  return analyze(new Uint8Array(readFileSync(path.join(FIXTURES, file))), { now: () => Date.UTC(2025, 9, 15) });
}
