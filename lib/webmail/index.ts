/**
 * lib/webmail: the pure parts of one-click capture from Gmail and Outlook on the web. Nothing here
 * touches the page, the network or the browser: the content scripts in entrypoints/gmail.content and
 * entrypoints/outlook.content, the popup and the worker call these.
 *
 * Standards used: RFC 5322 §2.1/§2.2/§3.6.8 (the header-block gate, where a header block ends), RFC 4155
 * (mbox `From ` line), HTML character references (Show-original page).
 *
 * Reverse-engineered, not standardised (every selector and URL is in gmail-selectors.ts /
 * outlook-selectors.ts or gmail-urls.ts with its public evidence; docs/release-check.md re-checks them
 * against the live apps): Gmail message ids (`msg-f:<decimal>` = legacy hex id, `msg-a:` before sync), the
 * `view=att` download and `view=om` Show-original URLs, `ik` (GM_ID_KEY, GLOBALS[9]); Outlook's "View message
 * source" and "View message details" dialogs.
 *
 * Known deviations / limits:
 * - The Show-original page is HTML: the source read from it is reconstructed text (entities decoded, CRLF
 *   kept as served); the byte-exact download is preferred, and "Download message" is the manual fallback.
 * - Outlook's dialogs show text as rendered (line breaks as LF); "View message details" has no body.
 * - Outlook's own JSON service (GetItem) is not used: it needs the user's sign-in token on every host today.
 */
export { webmailPageOf, WEBMAIL_ORIGINS, matchPatternFor, siteName, type WebmailSite, type WebmailPage } from './sites';
export { parseSyncMessageId, resolveGmailIds, legacyHexToDecimal, decimalToLegacyHex, isLegacyHexId, MSG_A_TRY_DELAYS_MS } from './gmail-ids';
export { gmailAccountPath, gmailDownloadUrl, gmailShowOriginalUrl, isShowOriginalSearch, showOriginalIds } from './gmail-urls';
export { extractIk, isPlausibleIk, mayHoldIk } from './gmail-ik';
export { GMAIL, GMAIL_EVIDENCE } from './gmail-selectors';
export { OUTLOOK, OUTLOOK_EVIDENCE } from './outlook-selectors';
export type { SelectorEvidence, EvidenceFor } from './selector-evidence';
export { rfc822Gate, type GateResult } from './rfc822-gate';
export { extractRawMessageText, decodeCharacterReferences, legacyIdFromShowOriginal } from './show-original-html';
export { outlookLocation } from './outlook-location';
export { classifyOutlookDialog, headerBlockEnd, type OutlookDialogKind } from './outlook-dialog-text';
export { captureInputMark, markCapturedInput, type CaptureInputMark } from './capture-input-mark';
export { sourceBytesToText, bytesToLatin1 } from './source-text';
export { pickDefaultMessage, viewStateOfClasses } from './pick-message';
export { reportCacheKey, textFingerprint } from './report-cache-key';
export { describeCaptureError, describeCaptureSource, isCaptureErrorCode, type CaptureErrorCode, type CaptureCause, type CapturePath } from './capture-errors';
export * from './upload-protocol';
export * from './capture-protocol';
