/**
 * lib/settings: what the user chose in the options page (validated on every read) and the DoH resolver
 * presets it picks from.
 */
export { DEFAULT_SETTINGS, parseSettings, chosenProvider, type Settings } from './settings';
export { DOH_PROVIDERS, dohProvider, customDohProvider, type DohProvider, type DohFormat } from './doh-providers';
