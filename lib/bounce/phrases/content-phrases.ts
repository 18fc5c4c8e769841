/**
 * Words about the message itself: spam or virus verdicts, content policies, malformed content or headers,
 * and size limits.
 */
import { rule, type PhraseRule } from './types';

export const CONTENT_PHRASES: readonly PhraseRule[] = [
  // RFC 5248 registry X.7.28 "Mail flood detected".
  rule('spamdetected', 'cause', ['mail flood detected']),
  // amavisd-new rejection texts "554 5.7.0 Reject, id=... - SPAM" / "... - BANNED" (amavisd-new README, $final_*_destiny).
  rule('spamdetected', 'verdict', [' - spam', '554 5.7.0 reject, id=']),
  // URI blocklists (SURBL, URIBL, Spamhaus DBL) judge links inside the message, not the client.
  rule('spamdetected', 'cause', ['blacklisted url', 'blocklisted url', 'blacklisted link', 'blocklisted link', 'uribl', 'surbl', 'url in message']),
  // Sisimai's definition of spamdetected (Sisimai::Reason::SpamDetected).
  rule('spamdetected', 'cause', [
    '//www.spamhaus.org/help/help_spam_16.htm', '//dsbl.org/help/help_spam_16.htm', '//mail.163.com/help/help_spam_16.htm', 'appears to be unsolicited',
    'block for spam', 'blocked by policy: no spam please', 'blocked by spamassassin', 'blocked for abuse. see http://att.net/blocks',
    'cannot be forwarded because it was detected as spam', 'considered unsolicited bulk e-mail (spam) by our mail filters', 'content filter rejection',
    'cyberoam anti spam engine has identified this email as a bulk email', 'denied due to spam list', 'high probability of spam',
    'is classified as spam and is rejected', 'listed in work.drbl.imedia.ru', 'the mail server detected your message as spam and has prevented delivery',
    'mail appears to be unsolicited', 'mail content denied', 'may consider spam', 'message considered as spam or virus', 'message contains spam or virus',
    'message content rejected', 'message detected as spam', 'message filtered', 'message looks like spam', 'message is being rejected as it seems to be a spam',
    'message refused by mailmarshal spamprofiler', 'message refused by trustwave seg spamprofiler', 'message rejected as spam',
    'message rejected because of unacceptable content', 'message rejected due to suspected spam content', 'message rejected for policy reasons',
    'message was rejected for possible spam/virus content', 'our email server thinks this email is spam', 'our system has detected that this message is ',
    'probable spam', 'reject bulk.advertising', 'rejected: spamassassin score ', 'rejected - bulk email', 'rejecting banned content', 'rejecting mail content',
    'related to content with spam-like characteristics', 'sender domain listed at ', 'sending address not accepted due to spam filter', 'spam blocked',
    'spam check', 'spam content matched', 'spam detected', 'spam email', 'spam message rejected', 'spam not accepted', 'spam refused', 'spam rejection',
    'spam score ', 'spambouncer identified spam', 'spamming not allowed', 'too many spam complaints', 'too much spam.', 'the email message was detected as spam',
    'the message has been rejected by spam filtering engine', 'the message was rejected due to classification as bulk mail', 'the content of this message looked like spam',
    'this message appears to be spam', 'this message has been identified as spam', 'this message has been scored as spam with a probability',
    'this message was classified as spam', 'this message was rejected by recurrent pattern detection system', 'transaction failed spam message not queued',
    'we dont accept spam', 'your email appears similar to spam we have received before', 'your email breaches local uribl policy', 'your email had spam-like ',
    'your email is considered spam', 'your email is probably spam', 'your email was detected as spam', 'your message as spam and has prevented delivery',
    'your message has been temporarily blocked by our filter', 'your message has been rejected because it appears to be spam', 'your message has triggered a spam block',
    'your message may contain the spam contents', 'your message failed several antispam checks', 'greylisted * please try again in', 'mail rejete. mail rejected. * 506',
    'our filters rate at and above * percent probability of being spam', 'rejected by * (spam)', 'rejected due to spam * classification', 'rejected due to spam * content',
    'rule imposed as * is blacklisted on', 'spam * exceeded', 'this message scored * spam points',
  ]),
  // Google "421 4.7.0 ... due to the nature of the content or the links within", "550 5.7.1 ... likely unsolicited mail" (support.google.com/a/answer/3726730).
  rule('spamdetected', 'cause', ['due to the nature of the content or the links within', 'likely unsolicited mail', 'scored too high', 'high score']),
  rule('spamdetected', 'keyword', ['spam', 'junk mail', 'unsolicited', 'bulk mail', 'content rejected', 'message content', 'looks like', 'suspicious', 'phish']),

  // amavisd-new "554 5.7.0 Reject, id=... - INFECTED: <virus>"; Ipswitch IMail "Requested action not taken: virus detected".
  rule('virusdetected', 'verdict', [' - infected', 'requested action not taken: virus detected']),
  // Sisimai's definition of virusdetected (Sisimai::Reason::VirusDetected).
  rule('virusdetected', 'cause', ['it has a potentially executable attachment', 'the message was rejected because it contains prohibited virus or spam content', 'this form of attachment has been used by recent viruses or other malware', 'virus detected', 'virus phishing/malicious_url detected', 'your message was infected with a virus']),
  // Common wordings of a malware verdict.
  rule('virusdetected', 'cause', ['virus', 'malware', 'infected', 'trojan']),
  rule('virusdetected', 'keyword', ['worm ', 'malicious']),

  // Sisimai's definition of policyviolation (Sisimai::Reason::PolicyViolation); Google "552 5.7.0 ... illegal attachment" (support.google.com/a/answer/3726730).
  rule('policyviolation', 'cause', [
    'an illegal attachment on your message', 'because the recipient is not accepting mail with ', 'by non-member to a members-only list', 'closed mailing list',
    'denied by policy', 'email not accepted for policy reasons', 'email rejected due to security policies', 'header are not accepted', 'local policy violation',
    'message bounced due to organizational settings', 'message given low priority', 'message not accepted for policy reasons', 'message rejected due to local policy',
    'messages with multiple addresses', 'rejected for policy reasons', 'protocol violation', 'the email address used to send your message is not subscribed to this group',
    'the message was rejected by organization policy', 'this message was blocked because its content presents a potential',
    'we do not accept messages containing images or other attachments', "you're using a mass mailer", 'you have exceeded the * allowable number of posts without solving a captcha',
  ]),
  // Common wordings of a content or sending policy.
  rule('policyviolation', 'cause', ['policy violation', 'local policy', 'content policy', 'policy reasons', 'policy restriction', 'attachment type', 'prohibited attachment', 'due to policy', 'content presents a potential', 'policy rejection', 'content restriction']),
  rule('policyviolation', 'keyword', ['violates', 'violation of', 'prohibited', 'security policy', 'by policy', 'not allowed by']),

  // IANA registry (RFC 3463 §3.7, RFC 6531/6533) X.6.1-X.6.9 descriptions.
  rule('contenterror', 'cause', ['media not supported', 'conversion required and prohibited', 'conversion required but not supported', 'conversion with loss performed', 'conversion failed', 'message content not available', 'non-ascii addresses not permitted', 'utf-8 string reply is required', 'utf-8 header message cannot be transferred']),
  // Exim deliver.c "Too many "Received" headers - suspected mail loop"; amavisd-new "... - BAD HEADER: ...".
  rule('contenterror', 'verdict', ['too many "received" headers', ' - bad header:']),
  // Sisimai's ContentError definition: "Routing loop detected -- too many Received: headers" counts the Received fields, a content check.
  rule('contenterror', 'verdict', ['routing loop detected -- too many received: headers']),
  // Sisimai's definition of contenterror (Sisimai::Reason::ContentError).
  rule('contenterror', 'cause', ['duplicate header', 'header size exceeds maximum permitted', 'improper use of 8-bit data in message header', 'message header size, or recipient list, exceeds policy limit', 'message mime complexity exceeds the policy maximum', 'this message contain invalid mime headers', 'this message contain improperly-formatted binary content', 'this message contain text that uses unnecessary base64 encoding']),
  // Common wordings of a malformed header or body (RFC 5322 §3.6 field counts, RFC 2045 MIME).
  rule('contenterror', 'cause', ['duplicated header', 'header is duplicated', 'headers are duplicated', 'header error', 'content error', 'invalid content', 'invalid mime']),
  rule('contenterror', 'keyword', ['charset', 'mime', '8bit']),

  // Google "This message is not RFC 5322 compliant" (support.google.com/mail/?p=RfcMessageNonCompliant); Sisimai::Reason::NotCompliantRFC.
  rule('notcompliantrfc', 'cause', ['this message is not rfc 5322 compliant', 'rfcmessagenoncompliant', 'not rfc 5322 compliant', 'not rfc compliant', 'non-compliant']),
  // RFC 5322 §3.6: From, Subject, Date, Message-ID occur at most once; refusals that name such a header.
  rule('notcompliantrfc', 'cause', ['multiple from', 'multiple addresses in from', 'multiple subject', 'missing date', 'missing message-id', 'more than one * header', 'multiple * headers']),
  rule('notcompliantrfc', 'keyword', ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'rfc822', 'header field']),

  // IANA registry X.3.4 "Message too big for system"; Postfix cleanup "message size exceeds fixed limit"; qmail-smtpd "message size exceeds my databytes limit".
  rule('mesgtoobig', 'cause', ['message too big for system', 'message size exceeds fixed limit', 'exceeds my databytes limit', 'message size exceeds fixed maximum message size']),
  // Sisimai's definition of mesgtoobig (Sisimai::Reason::MesgTooBig), which also counts a refused line length ("line limit exceeded").
  rule('mesgtoobig', 'cause', ['exceeded maximum inbound message size', 'line limit exceeded', 'max message size exceeded', 'message file too big', 'message length exceeds administrative limit', 'message size exceeds maximum value', 'message too big', 'message too large for this ', 'size limit', 'taille limite du message atteinte']),
  // 1&1 (EinsUndEins) "Mail size limit exceeded"; Google "552 5.3.4 ... exceeds Google's message size limit" (support.google.com/a/answer/3726730).
  rule('mesgtoobig', 'cause', ['mail size limit exceeded', "exceeded google's message size limits", "exceeds google's message size limit"]),
  // Common wordings of an oversized message.
  rule('mesgtoobig', 'cause', [
    'message too large', 'message is too large', 'message is too big', 'message size exceeds', 'message length exceeds', 'exceeds the maximum message size',
    'exceeds maximum message size', 'message exceeds', 'size limit exceeded', 'too large for', 'too big for', 'message size limit', 'mail size limit',
    'maximum message size', 'exceeds size limit', 'size exceeds',
  ]),
  // Line-length refusals (RFC 5322 §2.1.1: at most 998 characters a line), read as Sisimai's "line limit exceeded".
  rule('mesgtoobig', 'keyword', ['line too long', 'lines too long', 'line length exceeded', 'line length exceeds', 'line is too long', 'maximum line length']),

  // IANA registry X.2.3 "Message length exceeds administrative limit"; Microsoft "RESOLVER.RST.RecipSizeLimit" (learn.microsoft.com, NDR 5.2.3).
  rule('exceedlimit', 'cause', ['exceeds administrative limit', 'exceeded the administrative limit', 'administrative limit exceeded', 'resolver.rst.recipsizelimit']),
  // amavisd-new "... - MESSAGE SIZE EXCEEDS RECIPIENT'S LIMIT"; qmail-ldap "The message exeeded the maximum size the user accepts"; Sisimai::Reason::ExceedLimit.
  rule('exceedlimit', 'verdict', [' - message size exceeds recipient', 'the message exeeded the maximum size the user accepts']),
  rule('exceedlimit', 'cause', ['message header size exceeds limit']),
];
