/**
 * The dialect table: each form of Received stamp we read, where it is defined, and which position holds the
 * client's HELO, reverse-DNS name, connecting address (with port), ident answer and authenticated user.
 * Data only: the readers (comment-forms.ts, tcp-info.ts, auth.ts) name the row they applied in `hops[].dialect`,
 * and tests/fixtures/received/dialects.json holds one stamp per row, written from the cited source.
 * Positions: "lead" is the word after "from"; "—" means the form does not write it.
 */
export type DialectId =
  | 'postfix' | 'sendmail' | 'sendmail-local' | 'exim' | 'exim-unverified' | 'exim-local' | 'qmail' | 'courier'
  | 'communigate' | 'communigate-verified' | 'zmailer' | 'opensmtpd' | 'exchange' | 'iis' | 'mdaemon' | 'gmail'
  | 'gmail-api' | 'yahoo' | 'ses' | 'sendgrid' | 'squirrelmail' | 'chasquid' | 'rfc3848' | 'asmtp';

export interface Dialect {
  id: DialectId;
  mta: string;
  shape: string;
  source: string;
  helo: string;
  rdns: string;
  ip: string;
  ident: string;
  authUser: string;
}

export const DIALECTS: readonly Dialect[] = [
  { id: 'postfix', mta: 'Postfix', shape: 'from HELO (RDNS [IP]) (Authenticated sender: USER) by HOST (Postfix) with ESMTPSA id X',
    source: 'Postfix src/smtpd/smtpd.c (the Received line: HELO, client name or "unknown", address) and postconf(5) smtpd_sasl_authenticated_header',
    helo: 'lead', rdns: 'comment, first word ("unknown": none)', ip: 'comment, [literal] (IPv6: prefix)', ident: '—', authUser: '(Authenticated sender: USER)' },
  { id: 'sendmail', mta: 'Sendmail', shape: 'from HELO (IDENT@RDNS [IP] (may be forged)) (authenticated bits=N) by HOST (8.x/8.x) with ESMTPSA id X',
    source: 'sendmail cf/m4/proto.m4, the HReceived template ($s HELO, $_ the validated client "ident@name [address]", ${auth_type} "authenticated")',
    helo: 'lead', rdns: 'comment, after "@" (no name: "[IP]" alone)', ip: 'comment, [literal]', ident: 'comment, before "@"', authUser: '— ("authenticated" only)' },
  { id: 'sendmail-local', mta: 'Sendmail', shape: '(from USER@localhost) by HOST (8.x/8.x/Submit) id X',
    source: 'sendmail cf/m4/proto.m4 HReceived: without a HELO ($s) the comment reads "from $_"',
    helo: '—', rdns: '—', ip: '—', ident: 'comment, before "@"', authUser: '—' },
  { id: 'exim', mta: 'Exim', shape: 'from RDNS ([IP]:PORT helo=HELO ident=ID) by HOST with esmtpsa (Exim 4.x)',
    source: 'Exim specification, "Expansion variables": $sender_rcvhost (first the verified host name, then [address]:port, helo=, ident=); received_header_text default in src/globals.c',
    helo: 'helo= (absent: same as lead)', rdns: 'lead (verified)', ip: 'comment, [literal]:port', ident: 'ident=', authUser: '— (esmtpa/esmtpsa)' },
  { id: 'exim-unverified', mta: 'Exim', shape: 'from [IP] (port=PORT helo=HELO ident=ID) by HOST with esmtp',
    source: 'Exim specification, $sender_rcvhost: "if there is no verified host name, the IP address in square brackets ... the port is recorded as port=xxxx"',
    helo: 'helo=', rdns: '—', ip: 'lead, [literal]; port=', ident: 'ident=', authUser: '—' },
  { id: 'exim-local', mta: 'Exim', shape: 'from IDENT by HOST with local (Exim 4.x)',
    source: 'Exim received_header_text default: without a sending host, "from" names $sender_ident',
    helo: '—', rdns: '—', ip: '—', ident: 'lead', authUser: '—' },
  { id: 'qmail', mta: 'qmail (and IronPort, Yahoo)', shape: 'from REMOTEHOST (HELO HELO) (REMOTEINFO@REMOTEIP) by HOST with SMTP',
    source: 'qmail 1.03 received.c (REMOTEHOST is TCPREMOTEHOST or "unknown", tcp-environ(5); the HELO comment only when it differs; qmail-ldap writes [REMOTEIP])',
    helo: '(HELO x) (absent: same as lead)', rdns: 'lead ("unknown", "softdnserr": none)', ip: 'last comment', ident: 'last comment, before "@"', authUser: '—' },
  { id: 'courier', mta: 'Courier', shape: 'from HELO (RDNS [::ffff:IP]) (IDENT: ID, AUTH: LOGIN USER, TLS: ...) by HOST with ESMTPSA id X; DATE',
    source: 'Courier MTA courier/submit.C (Received line; before 2018-04-19 the id followed the date) and module.esmtp/courieresmtpd.C (IDENT:, AUTH: mechanism user, TLS:)',
    helo: 'lead', rdns: 'comment, first word', ip: 'comment, [literal] (IPv4-mapped IPv6)', ident: 'IDENT:', authUser: 'AUTH: after the mechanism' },
  { id: 'communigate', mta: 'CommuniGate Pro', shape: 'from [IP] (account USER HELO HELO) by HOST (CommuniGate Pro SMTP 6.x) with ESMTPSA id N',
    source: 'CommuniGate Pro SMTP module (communigate.com/CommuniGatePro/SMTP.html); the "account", "HELO" and "verified" comment as its servers write it in public list archives (lore.kernel.org)',
    helo: 'comment, after HELO', rdns: '—', ip: 'lead, [literal]', ident: '—', authUser: 'comment, after "account"' },
  { id: 'communigate-verified', mta: 'CommuniGate Pro', shape: 'from NAME ([IP] verified) by HOST (CommuniGate Pro SMTP 6.x)',
    source: 'CommuniGate Pro SMTP module: "verified" when the client name resolves to the connecting address (same archives)',
    helo: 'lead', rdns: 'lead (verified)', ip: 'comment, [literal]', ident: '—', authUser: '—' },
  { id: 'zmailer', mta: 'ZMailer', shape: 'from RDNS ([IP]:PORT "EHLO HELO" rhost-flags-OK-OK-OK-OK) by HOST with ESMTP id X',
    source: 'ZMailer smtpserver, as vger.kernel.org writes it (rhost-flags: the reverse/forward lookup checks)',
    helo: 'comment, quoted "EHLO x"', rdns: 'lead', ip: 'comment, [literal]:port', ident: '—', authUser: '—' },
  { id: 'opensmtpd', mta: 'OpenSMTPD', shape: 'from HELO (RDNS [IP]) by HOST (OpenSMTPD) with ESMTPSA id X (TLSv1.3:CIPHER:256:NO) auth=yes user=USER',
    source: 'OpenSMTPD usr.sbin/smtpd/smtp_session.c, smtp_message_begin ("<unknown>" when no name; auth= and user= with the receivedauth listener option)',
    helo: 'lead', rdns: 'comment, first word ("<unknown>": none)', ip: 'comment, [literal] or bare IPv6', ident: '—', authUser: 'user=' },
  { id: 'exchange', mta: 'Microsoft Exchange / Microsoft 365', shape: 'from HELO (IP) by HOST (IP) with Microsoft SMTP Server (version=TLS1_2, cipher=X) id 15.20.x via Frontend Transport',
    source: 'Microsoft Message Header Analyzer (github.com/microsoft/MHA, src/Scripts/table/Received.ts and its tests): Exchange writes the HELO, then the address in parentheses',
    helo: 'lead', rdns: '—', ip: 'comment (address, possibly [literal] with a %zone index)', ident: '—', authUser: '—' },
  { id: 'iis', mta: 'IIS SMTP / Exchange 2003', shape: 'from HELO ([IP] unverified) / ([IP] RDNS failed)',
    source: 'Exchange Server 2003 SMTP virtual server, "Perform reverse DNS lookup on incoming messages": "unverified" or "RDNS failed" after the address',
    helo: 'lead', rdns: '— (failed)', ip: 'comment, [literal]', ident: '—', authUser: '—' },
  { id: 'mdaemon', mta: 'MDaemon', shape: 'from HELO ([IP]) by HOST (HOST) (MDaemon PRO v23.x) with ESMTPSA id md500N.msg',
    source: 'MDaemon (MDaemon Technologies) stamps with their X-MDRemoteIP / X-MDHelo companions, which name the address and the HELO',
    helo: 'lead (a [literal] lead is the HELO)', rdns: '—', ip: 'comment, [literal]', ident: '—', authUser: '— (ESMTPA)' },
  { id: 'gmail', mta: 'Gmail', shape: 'from HELO (RDNS. [IP]) by mx.google.com with ESMTPS id X; submission: from [LOCAL] ([IP]) by smtp.gmail.com with ESMTPSA',
    source: 'Gmail stamps (Google Workspace Admin Help "Trace an email with its full headers", support.google.com/mail/answer/29436); ESMTPSA per RFC 3848',
    helo: 'lead', rdns: 'comment, first word (trailing dot)', ip: 'comment, [literal]', ident: '—', authUser: '— (ESMTPSA)' },
  { id: 'gmail-api', mta: 'Gmail API', shape: 'from CLIENT-NUMBER named unknown by gmailapi.google.com with HTTPREST',
    source: 'Gmail API submissions as they appear in public list archives (lore.kernel.org): the lead is an API client number, not a host',
    helo: '—', rdns: '—', ip: '—', ident: '—', authUser: '—' },
  { id: 'yahoo', mta: 'Yahoo / AOL', shape: 'from IP (EHLO HELO) (IP) by HOST with SMTP; by HOST (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID X',
    source: 'Yahoo stamps (qmail-derived): the address first, then the EHLO comment; Hermes submission ESMTPA per RFC 3848',
    helo: 'comment, after EHLO', rdns: '—', ip: 'lead, or the last comment', ident: '—', authUser: '— (ESMTPA)' },
  { id: 'ses', mta: 'Amazon SES', shape: 'from HELO (RDNS [IP]) by email-smtp.amazonaws.com with SMTP (SimpleEmailService-d-X) id Y',
    source: 'Amazon SES Developer Guide, "Using the Amazon SES SMTP interface" (docs.aws.amazon.com/ses/latest/dg/send-email-smtp.html): the interface requires SMTP credentials',
    helo: 'lead', rdns: 'comment, first word', ip: 'comment, [literal]', ident: '—', authUser: '— (authenticated by SMTP credentials)' },
  { id: 'sendgrid', mta: 'SendGrid', shape: 'from HELO (unknown) by ismtpdN (SG) with ESMTP id X; by filterN with SMTP id X 2026-11-11 14:03:04.1 +0000 UTC m=+0.1',
    source: 'SendGrid stamps (Microsoft MHA test vectors); the date without ";" is Go\'s time.Time.String() (pkg.go.dev/time#Time.String: "m=±<value>" monotonic reading)',
    helo: 'lead', rdns: 'comment ("unknown": none)', ip: 'comment, [literal]', ident: '—', authUser: '—' },
  { id: 'squirrelmail', mta: 'SquirrelMail (webmail)', shape: 'from CLIENT-IP (SquirrelMail authenticated user USER) by HOST with HTTP',
    source: 'SquirrelMail class/deliver/Deliver.class.php (the Received line it writes for the web client)',
    helo: '—', rdns: '—', ip: 'lead', ident: '—', authUser: 'comment, after "authenticated user"' },
  { id: 'chasquid', mta: 'chasquid', shape: 'from DOMAIN (authenticated as USER@DOMAIN) by HOST (chasquid); from DOMAIN (IP:PORT)',
    source: 'chasquid chasquid.go addReceivedHeader (commit 3eac221, 2016): the lead is the MAIL FROM domain, the comment the authenticated user or the remote address',
    helo: '—', rdns: '—', ip: 'comment, IP:PORT', ident: '—', authUser: 'comment, after "authenticated as"' },
  { id: 'rfc3848', mta: 'any (RFC 3848)', shape: 'with ESMTPA / ESMTPSA / LMTPA / LMTPSA / UTF8SMTPSA',
    source: 'RFC 3848 §1-2 and RFC 6531 §3.7.3: the "A" protocol names say the client authenticated (RFC 4954)',
    helo: '—', rdns: '—', ip: '—', ident: '—', authUser: '—' },
  { id: 'asmtp', mta: 'Exim 3 (WEB.DE) and others', shape: 'with asmtp (TLSv1:AES128-SHA:128) / with ASMTP (SSL)',
    source: '"asmtp": the authenticated-SMTP protocol name in Exim 3 configurations (WEB.DE stamps in public list archives) and other servers',
    helo: '—', rdns: '—', ip: '—', ident: '—', authUser: '—' },
];
