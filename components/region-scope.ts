import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The report a section belongs to: "" for the message itself, "attached message 1" or "returned message" for one
 * shown inside it. Labelled sections are landmarks (role region), and two landmarks with one name confuse screen
 * readers (axe: landmark-unique), so a nested report's sections carry its name.
 */
export const RegionScope = createContext('');

/** A section's accessible name within the current report ("Summary", "Summary (attached message 1)"). */
export function useRegionLabel(label: string): string {
  const scope = useContext(RegionScope);
  return scope === '' ? label : `${label} (${scope})`;
}
