import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * A throwaway HTTP server on 127.0.0.1 (a free port) answering with `listener`; close() drops open
 * connections so tests end promptly. Test-only: the fetch tests here and tests/helpers/static-server.ts
 * (which may import electron/, while electron/ never imports tests/) build on it.
 */
export async function serveLocal(listener: RequestListener): Promise<RunningServer> {
  const server = createServer(listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A server for fetch tests: path → handler. */
export function startServer(routes: Record<string, Handler>): Promise<RunningServer> {
  return serveLocal((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such page');
  });
}

export function send(type: string | null, body: string | Uint8Array, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { ...(type ? { 'Content-Type': type } : {}), ...headers });
    res.end(body);
  };
}

export function redirect(to: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { Location: to });
    res.end();
  };
}
