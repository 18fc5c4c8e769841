// A local HTTP proxy that tunnels CONNECT requests for the webmail hosts to the fake webmail server, and the
// PAC script that sends those hosts (and only those) to it. Firefox has no --host-resolver-rules; with this the
// fake pages keep their real origins (https://mail.google.com, port 443 as the browser sees it) with no root
// listener on 443 and no change to the system's name resolution.
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { HOSTS } from './webmail-server.mjs';

export async function startWebmailProxy(webmailPort) {
  const server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('CONNECT only');
  });
  const sockets = new Set();
  server.on('connect', (req, client, head) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!HOSTS.includes(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(webmailPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const pac = [
    'function FindProxyForURL(url, host) {',
    `  var hosts = ${JSON.stringify(HOSTS)};`,
    `  for (var i = 0; i < hosts.length; i++) if (host === hosts[i]) return "PROXY 127.0.0.1:${String(port)}";`,
    '  return "DIRECT";',
    '}',
  ].join('\n');
  return {
    port,
    pacUrl: `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(r);
      }),
  };
}
