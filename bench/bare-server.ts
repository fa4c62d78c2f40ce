// The reference server of the mock-throughput benchmark: node:http with the mock's keep-alive settings, reading the
// whole body and answering one fixed success envelope. Prints its URL on stdout; stops on SIGTERM.
import { createServer } from 'node:http';

const BODY = JSON.stringify({ Response: { RequestId: '5b4f1f7e-4c6a-4d55-9d0e-3f2c1f0b9a11' } });

const server = createServer({ keepAlive: true }, (req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
    res.end(BODY);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address === 'object' && address !== null) process.stdout.write(`http://127.0.0.1:${address.port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
