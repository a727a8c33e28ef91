// The runtime's ceiling: a bare Node http server answering a small JSON.
import http from 'node:http';

const body = JSON.stringify({ status: 'ok', service: 'bare-node' });
const server = http.createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'));
