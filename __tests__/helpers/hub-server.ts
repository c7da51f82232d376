import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Hugging Face Hub on 127.0.0.1: GET /{owner}/{name}/resolve/{revision}/config.json answers
 * from `routes` (a public model, a gated one with 401/403 and the Hub's X-Error-Message header, a missing one,
 * a slow one that never answers in time). Every request is recorded.
 */
export interface HubRoute {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (the "slow" model). */
  delayMs?: number;
}

export interface HubServer {
  url: string;
  requests: { url: string; authorization: string | undefined }[];
  close: () => Promise<void>;
}

export async function startHubServer(routes: Record<string, HubRoute>): Promise<HubServer> {
  const requests: HubServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const route = routes[req.url ?? ''] ?? { status: 404, headers: { 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found' } };
    const answer = () => {
      res.writeHead(route.status, { 'content-type': 'application/json', ...(route.headers ?? {}) });
      res.end(route.body ?? '{"error":"x"}');
    };
    if (route.delayMs) {
      const t = setTimeout(answer, route.delayMs);
      timers.add(t);
    } else answer();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
