/**
 * lib/webmail: the pure parts of one-click capture from Gmail and Outlook on the web (issue 8).
 * Nothing here touches the page, the network or the browser: the content scripts in
 * entrypoints/gmail.content and entrypoints/outlook.content, the popup and the worker call these.
 *
 * Standards used: RFC 5322 §2.2/§3.6.8 (the header-block gate), RFC 4155 (mbox `From ` line),
 * RFC 4648 §4 (base64 MIME content from Outlook), HTML character references (Show-original page).
 *
 * Reverse-engineered, not standardised (see ../shared/NOTES-WEBMAIL-DNS.md §1-2; every item must be
 * re-checked against the live apps): Gmail message ids (`msg-f:<decimal>` = legacy hex id), the
 * `view=att` download and `view=om` Show-original URLs, `ik` = `GLOBALS[9]`; Outlook item ids in the
 * URL, `service.svc?action=GetItem` with `IncludeMimeContent`.
 *
 * Known deviations / limits:
 * - The Show-original page is HTML: the source we read from it is reconstructed text (entities decoded,
 *   CRLF kept as served); the byte-exact download is preferred.
 * - Outlook GetItem sends only the app's canary, never a bearer token: accounts that require one get
 *   `outlook.service-refused` and are pointed to "View message source".
 */
export { webmailPageOf, WEBMAIL_ORIGINS, matchPatternFor, siteName, type WebmailSite, type WebmailPage } from './sites';
export { parseSyncMessageId, resolveGmailIds, legacyHexToDecimal, decimalToLegacyHex, isLegacyHexId } from './gmail-ids';
export { gmailAccountPath, gmailDownloadUrl, gmailShowOriginalUrl, isShowOriginalSearch, showOriginalIds } from './gmail-urls';
export { extractIk, isPlausibleIk } from './gmail-ik';
export { rfc822Gate, type GateResult } from './rfc822-gate';
export { extractRawMessageText, decodeCharacterReferences } from './show-original-html';
export { outlookLocation, outlookServiceUrl, outlookIdKind } from './outlook-location';
export { buildGetItemBody, getItemHeaders, readCanary, decodeGetItemResponse } from './outlook-get-item';
export { sourceBytesToText, base64ToBytes, bytesToLatin1 } from './source-text';
export { pickDefaultMessage, viewStateOfClasses } from './pick-message';
export { reportCacheKey, textFingerprint } from './report-cache-key';
export { describeCaptureError, isCaptureErrorCode, type CaptureErrorCode } from './capture-errors';
export * from './upload-protocol';
export * from './capture-protocol';
