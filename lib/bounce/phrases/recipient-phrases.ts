/**
 * Words about the recipient's mailbox or domain: it does not exist, is disabled, full, moved, or its owner's
 * filter refused the mail. Lower-case; " * " joins ordered parts (types.ts).
 */
import { rule, type PhraseRule } from './types';

export const RECIPIENT_PHRASES: readonly PhraseRule[] = [
  // IANA SMTP Enhanced Status Codes registry (RFC 3463 §3.2) X.1.1 and X.1.3 descriptions.
  rule('userunknown', 'cause', ['bad destination mailbox address']),
  // Postfix smtpd "Recipient address rejected: User unknown in ... table" (postfix.org/LOCAL_RECIPIENT_README.html, ADDRESS_VERIFICATION_README.html).
  rule('userunknown', 'cause', ['user unknown in local recipient table', 'user unknown in virtual mailbox table', 'user unknown in virtual alias table', 'user unknown in relay recipient table', 'recipient address rejected: user unknown', 'recipient address rejected: undeliverable address']),
  // qmail-local.c "Sorry, no mailbox here by that name. (#5.1.1)": qmail's own lookup of a local mailbox; qmail-ldap "#5.1.1 bad address".
  rule('userunknown', 'verdict', ['no mailbox here by that name']),
  rule('userunknown', 'cause', ['#5.1.1 bad address']),
  // Sendmail "550 5.1.1 <rcpt>... User unknown" (sendmail/deliver.c, cf/README "User unknown"); mail.local "unknown user".
  rule('userunknown', 'cause', ['user unknown', 'unknown user']),
  // HCL Domino / Lotus Notes router: "User not listed in Domino Directory", "... public Name & Address Book".
  rule('userunknown', 'verdict', ['not listed in domino directory', 'not listed in public name & address book', 'no se encuentra en el directorio de domino', "non répertorié dans l'annuaire domino", 'domino ディレクトリには見つかりません', 'ディレクトリのリストにありません']),
  // Microsoft Exchange NDR categories "RESOLVER.ADR.RecipNotFound", "RESOLVER.ADR.ExRecipNotFound" (the organisation's own
  // directory lookup), 5.1.10 "Recipient not found by SMTP address lookup" (learn.microsoft.com, Exchange NDRs).
  rule('userunknown', 'verdict', ['resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound', 'resolver.adr.recipientnotfound', 'recipient not found by smtp address lookup']),
  rule('userunknown', 'cause', ['recipnotfound']),
  // Exim route.c "(user not found)": the local router found no such user.
  rule('userunknown', 'verdict', ['user not found']),
  // Google "550 5.1.1 The email account that you tried to reach does not exist" (support.google.com/a/answer/3726730).
  rule('userunknown', 'cause', ['the email account that you tried to reach does not exist', "address couldn't be found", 'address could not be found']),
  // Google Workspace's own notice "... because the address couldn't be found. Check for typos or unnecessary spaces and try again."
  rule('userunknown', 'verdict', ["because the address couldn't be found. check for typos or unnecessary spaces and try again"]),
  // Gmail's notice "Your message wasn't delivered to <rcpt> because the address couldn't be found, or is unable to receive mail." (support.google.com/mail/answer/6596).
  rule('userunknown', 'verdict', ["wasn't delivered to * because the address couldn't be found"]),
  // Yahoo "554 delivery error: dd This user doesn't have a yahoo.com account" (senders.yahooinc.com/smtp-error-codes).
  rule('userunknown', 'cause', ["this user doesn't have a * account", "user doesn't have a"]),
  // Ipswitch IMail notices "Unknown user: <rcpt>", "Invalid final delivery userid"; Sendmail mail.local "unknown user: <name>";
  // vpopmail vdeliver "invalid or unknown virtual user": the local delivery agent's own lookup.
  rule('userunknown', 'verdict', ['unknown user: ', 'invalid final delivery userid', 'vdeliver: invalid or unknown virtual user']),
  // Exchange 2000/2003 NDR "The recipient name is not recognized" with diagnostic code 000C05A6 "Unknown Recipient" (Microsoft KB 284204).
  rule('userunknown', 'verdict', ['the recipient name is not recognized', '(000c05a6)']),
  // Trend Micro InterScan Messaging Security Suite notices "Unable to deliver message to <rcpt> (and other recipients in the same domain)".
  rule('userunknown', 'verdict', ['interscan messaging security suite * unable to deliver message to']),
  // Sisimai's definition of userunknown (libsisimai.org/en/reason, Sisimai::Reason::UserUnknown): documented server wordings.
  rule('userunknown', 'cause', [
    '550 address invalid', 'address does not exist', 'address not present in directory', 'address unknown', "can't accept user",
    'destination addresses were unknown', 'destination server rejected recipients', 'email address does not exist',
    'email address could not be found', 'invalid address', 'invalid mailbox', 'invalid recipient', 'is not a known user',
    'is not a valid mailbox', 'is not an active address at this host', 'mailbox does not exist', 'mailbox invalid',
    'mailbox is inactive', 'mailbox is unavailable', 'mailbox not present', 'mailbox not found', 'mailbox unavaiable',
    'nessun utente simile in questo indirizzo', 'no account by that name', 'no existe dicha persona', 'no existe ese usuario',
    'no mail box available for this user', 'no mailbox by that name', 'no mailbox found', 'no such address here', 'no such mailbox',
    'no such person', 'no such recipient', 'no such user', 'no thank you rejected: account unavailable', 'no valid recipients',
    'not a valid recipient', 'not a valid user', 'not a local address', 'not email addresses',
    'recipient address rejected. (in reply to rcpt to command)', 'recipient address rejected: access denied',
    'recipient address rejected: invalid user', 'recipient address rejected: invalid-recipient', 'recipient address rejected: userunknown',
    'recipient does not exist', 'recipient is not accepted', 'recipient is not local', 'recipient not exist', 'recipient not found',
    'recipient not ok', 'recipient refuses to accept your mail', 'recipient unknown', 'requested action not taken: mailbox unavailable',
    'sorry, badrcptto', 'sorry, your envelope recipient has been denied', "that domain or user isn't in my list of allowed rcpthosts",
    'the following recipients was undeliverable', "the user's email name is not found", 'there is no one at this address',
    'this email address is wrong or no longer valid', 'this recipient is in my badrecipientto list', 'this recipient is not in my validrcptto list',
    'this spectator does not exist', 'unknown mailbox', 'unknown recipient', 'user does not exist', 'user missing home directory',
    'user not active', 'user not exist', 'user not known', 'utilisateur inconnu', 'your envelope recipient is in my badrcptto list',
    'account * does not exist at the organization', 'mailbox * does not exist', 'no * in name directory', 'non * existent user',
    'rcpt < * does not exist', 'recipient * was not found in', 'user * was not found', 'user * does not exist', 'user ( * ) unknown',
    'unknown e * mail address', 'unknown local * part',
  ]),
  // Common wordings of the same refusal by Exim, Courier, Dovecot LMTP and mailbox providers (RFC 3463 X.1.1 in other words).
  rule('userunknown', 'cause', [
    'no such account', 'address not found', 'account not found', 'account does not exist', 'unknown address', 'unknown account',
    'unknown local part', 'mailbox unknown', 'addressee unknown', 'no such local user', 'user invalid', 'invalid user', 'unknown recipent',
    'user account is unavailable', 'mailbox unavailable', 'no mailbox here', 'unknown or illegal alias', 'not our customer',
    'bad destination mailbox', 'check if address is correct', 'undeliverable address', 'recipient address rejected: user',
  ]),
  // Bare words that suggest a missing mailbox; they decide only when no code or named cause does.
  // Postfix "<rcpt>: Recipient address rejected." with no reason after it (an access map REJECT for the recipient).
  rule('userunknown', 'keyword', ['recipient address rejected', 'does not exist', "doesn't exist", 'no mailbox', 'not listed in', 'cannot be found']),

  // IANA registry (RFC 3463 §3.2) X.1.2 description.
  rule('hostunknown', 'cause', ['bad destination system address']),
  // Exim: route.c "Unrouteable address", dnslookup.c "all relevant MX records point to non-existent hosts", smtp.c "all host address lookups failed permanently".
  rule('hostunknown', 'verdict', ['unrouteable address', 'all relevant mx records point to non-existent hosts', 'all host address lookups failed permanently']),
  // qmail-remote.c "Sorry, I couldn't find any host by that name. (#4.1.2)" / "... any host named <host>. (#5.1.2)".
  rule('hostunknown', 'verdict', ["sorry, i couldn't find any host "]),
  // Sun/Oracle Messaging Server "Illegal host/domain name found"; DragonFly Mail Agent net.c "DNS lookup failure: host <mx> not found".
  rule('hostunknown', 'verdict', ['illegal host/domain name found', 'dns lookup failure: host']),
  // au (KDDI) notices "As the remote domain doesnt exist" (Sisimai's au decoder, lhost/via-kddi.go).
  rule('hostunknown', 'verdict', ['as the remote domain doesnt exist']),
  // Microsoft Exchange NDR category "SMTPSEND.DNS.NonExistentDomain" (learn.microsoft.com, Exchange NDRs).
  rule('hostunknown', 'verdict', ['smtpsend.dns.nonexistentdomain']),
  // Postfix smtp(8) "Host or domain name not found. Name service error for name=<d> type=MX: Host not found" (postfix.org/postconf.5.html).
  rule('hostunknown', 'cause', ['host or domain name not found', 'recipient address rejected: domain not found']),
  // Gmail notices "DNS Error: Domain name not found", "DNS Error: DNS server returned answer with no data" (support.google.com/mail/answer/7720).
  rule('hostunknown', 'cause', ['dns error: domain name not found', 'dns error: dns server returned answer with no data', 'dns error: domain']),
  // Courier esmtpclient.c "No such domain."; OpenSMTPD mta.c "Domain does not exist", "Invalid domain name"; Sendmail "Host unknown".
  rule('hostunknown', 'cause', ['no such domain', 'domain does not exist', 'invalid domain name', 'host unknown', 'unknown host']),
  // Sisimai's definition of hostunknown (Sisimai::Reason::HostUnknown): documented wordings.
  rule('hostunknown', 'cause', [
    'domain is not reachable', 'domain must exist', 'host unreachable', 'mail domain mentioned in email address is unknown',
    'name or service not known', 'recipient address rejected: unknown domain name', 'recipient domain must exist',
    'the account or domain may not exist', 'unroutable address', '553 * does not exist',
  ]),
  // Common wordings of X.1.2 by other MTAs and providers.
  rule('hostunknown', 'cause', [
    'host not found', 'domain not found', 'unknown domain', 'domain name not found', 'name service error', 'non-existent host',
    'nonexistent domain', 'invalid domain', 'domain is not valid', 'could not resolve', 'hostname lookup failed', 'domain name lookup failed',
    'unroutable domain', 'recipient domain does not exist', 'no route to the host',
  ]),
  // RFC 1035 §4.1.1 RCODE 3 (NXDOMAIN) named bare: the name does not exist, unless the words say the lookup failed.
  rule('hostunknown', 'keyword', ['nxdomain']),

  // IANA registry X.2.1 "Mailbox disabled, not accepting messages" and RFC 5248 X.7.13 "User Account Disabled".
  rule('suspend', 'cause', ['mailbox disabled', 'user account disabled']),
  // Google "550 5.2.1 The email account that you tried to reach is disabled / is inactive" (support.google.com/a/answer/3726730).
  rule('suspend', 'cause', ['account that you tried to reach is disabled', 'account that you tried to reach is inactive']),
  // qmail-ldap "Mailaddress is administratively disabled"; vpopmail "vdelivermail: account is locked email bounced".
  rule('suspend', 'verdict', ['mailaddress is administratively disabled', 'mailaddress is administrativley disabled', 'vdelivermail: account is locked']),
  // au EZweb notices "The user(s) account is disabled." / "... temporarily limited."; Yahoo "This mailbox is disabled" (senders.yahooinc.com/smtp-error-codes).
  rule('suspend', 'cause', ['the user(s) account is disabled', 'the user(s) account is temporarily limited', 'this mailbox is disabled']),
  // Sisimai's definition of suspend (Sisimai::Reason::Suspend): documented wordings.
  rule('suspend', 'cause', [
    ' is currently suspended', ' temporary locked', 'archived recipient', 'boite du destinataire archivee', 'has been suspended',
    'inactive account', 'invalid/inactive user', 'is a deactivated mailbox', 'is unavailable: user is terminated', 'mailbox currently suspended',
    'mailbox is frozen', 'mailbox unavailable or access denied', 'recipient rejected: temporarily inactive', 'recipient suspend the service',
    'this account has been disabled or discontinued', 'this account has been temporarily suspended', 'this address no longer accepts mail',
    'user or domain is disabled', 'user suspended',
  ]),
  // Common wordings of a disabled, suspended or locked account (RFC 3463 X.2.1 / RFC 5248 X.7.13 in other words).
  rule('suspend', 'cause', [
    'account disabled', 'account has been disabled', 'account is disabled', 'mailbox is disabled', 'mailbox has been disabled', 'disabled account',
    'account suspended', 'account is suspended', 'mailbox suspended', 'is suspended', 'account is inactive', 'mailbox is inactive',
    'account expired', 'account has expired', 'currently disabled', 'disabled or discontinued', 'mailbox unavailable (disabled',
    'account is blocked', 'account is locked', 'account locked', 'account has been locked', 'mailbox is locked', 'mailbox locked',
    'temporarily locked', 'account is frozen', 'account has been deactivated', 'mailbox has been deactivated', 'user is terminated',
  ]),
  // Bare words about an inactive account.
  rule('suspend', 'keyword', ['is inactive', 'deactivated', 'is not active', 'is disabled', 'has been disabled']),

  // IANA registry X.2.2 "Mailbox full"; RFC 5321 §4.2.3 "552 Requested mail action aborted: exceeded storage allocation".
  rule('mailboxfull', 'cause', ['mailbox full', 'exceeded storage allocation']),
  // Exim appendfile.c "mailbox is full", "quota exceeded while writing"; qmail error_str.c EDQUOT "disk quota exceeded".
  rule('mailboxfull', 'verdict', ['mailbox is full', 'error: quota exceed', 'disk quota exceeded']),
  // Google "452 4.2.2 The recipient's inbox is out of storage space" (support.google.com/a/answer/3726730); Apple "user is over quota".
  rule('mailboxfull', 'cause', ['inbox is out of storage space', 'is over quota', 'email quota exceeded', 'user is over quota']),
  // Microsoft "STOREDRV.Deliver.Exception:QuotaExceededException" (learn.microsoft.com, NDR 5.2.2).
  rule('mailboxfull', 'cause', ['quotaexceededexception', 'quotaexceeded']),
  // Japanese carriers' notices: KDDI "As their mailbox is full", au EZweb "The user(s) account is temporarily over quota", BIGLOBE's mailbox limit.
  rule('mailboxfull', 'cause', ['as their mailbox is full', 'the user(s) account is temporarily over quota', "the number of messages in recipient's mailbox exceeded"]),
  // Sisimai's definition of mailboxfull (Sisimai::Reason::MailboxFull): documented wordings.
  rule('mailboxfull', 'cause', [
    '452 insufficient disk space', 'account disabled temporarly for exceeding receiving limits', 'account is exceeding their quota',
    'account is over quota', 'account is temporarily over quota', 'boite du destinataire pleine', 'delivery failed: over quota',
    'disc quota exceeded', 'diskspace quota', 'does not have enough space', 'exceeding its mailbox quota', 'full mailbox', 'is over disk quota',
    'is over quota temporarily', 'mail file size exceeds the maximum size allowed for mail delivery', 'mail quota exceeded',
    'mailbox exceeded the local limit', 'mailbox has exceeded its disk space limit', 'mailbox over quota', 'mailbox quota usage exceeded',
    'mailbox size limit exceeded', 'maildir over quota', 'maildir delivery failed: userdisk quota', 'maildir delivery failed: domaindisk quota',
    'mailfolder is full', 'not enough storage space in', 'not sufficient disk space', 'over the allowed quota', 'quota exceeded',
    'quota violation for', 'recipient reached disk quota', 'mailbox would exceed maximum allowed storage', "the user's space has been used up",
    'the user you are trying to reach is over quota', 'too much mail data', 'user has exceeded quota', 'user has too many messages on the server',
    'user is over the quota', 'user over quota', 'would be over the allowed quota',
  ]),
  // Common wordings of a full mailbox by other servers (RFC 3463 X.2.2 in other words).
  rule('mailboxfull', 'cause', [
    'mailbox exceeded', 'mailbox exceeds', 'mailbox has exceeded', 'mailbox size limit', 'over quota', 'overquota', 'exceeded quota',
    'exceeds quota', 'exceed quota', 'quota full', 'quota exceed', 'disk quota', 'storage quota', 'exceeded storage', 'exceeded its storage',
    'out of storage', 'account is full', 'inbox is full', 'mail box full', 'user is over', 'too much mail', 'insufficient storage for',
    'not enough storage', 'would exceed mailbox', 'exceeds the quota', 'is over its quota', 'account is over', 'box is full',
  ]),

  // IANA registry X.1.6 "Destination mailbox has moved, No forwarding address"; RFC 5248 X.7.17/X.7.18 owner changed.
  rule('hasmoved', 'cause', ['destination mailbox has moved', 'mailbox owner has changed', 'domain owner has changed']),
  // Sisimai's definition of hasmoved (Sisimai::Reason::HasMoved); Apple "recipient no longer on server".
  rule('hasmoved', 'cause', [' has been replaced by ', 'recipient no longer on server']),
  // Common wordings of a moved mailbox.
  rule('hasmoved', 'cause', ['has moved', 'address has changed', 'user has moved', 'no longer at this address']),
  rule('hasmoved', 'keyword', ['moved to']),

  // Sisimai's definition of filtered (Sisimai::Reason::Filtered): the recipient's own filter or settings refused the mail.
  rule('filtered', 'cause', [
    'because the recipient is only accepting mail from specific email addresses', 'bounced address',
    'due to extended inactivity new mail is not currently being accepted for this mailbox', 'has restricted sms e-mail',
    'is not accepting any mail', 'message rejected due to user rules', 'not found recipient account', 'refused due to recipient preferences',
    'resolver.rst.notauthorized', 'this account is protected by', 'user refuses to receive this mail', 'user reject',
    'we failed to deliver mail because the following address recipient id refuse to receive mail', 'you have been blocked by the recipient',
  ]),
  // HCL Domino router "Cannot route mail to user" (the user's mail settings forbid it).
  rule('filtered', 'cause', ['cannot route mail to user']),
  // Common wordings of a recipient-side filter.
  rule('filtered', 'cause', [
    'refused by recipient', 'rejected by recipient', 'blocked by the recipient', 'not authorized to send to', 'recipient rejected your message',
    'does not accept messages from', 'only accepts mail from', 'recipient preferences',
  ]),
  rule('filtered', 'keyword', ['filtered', 'mail filter', 'refused to accept']),
];
