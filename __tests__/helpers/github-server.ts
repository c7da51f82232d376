import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server saw. */
export interface Seen {
  method: string;
  path: string;
  body: unknown;
}

interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

/**
 * A local server that answers like GitHub's REST API for the calls Train Budget makes: paginated issue comments
 * with Link headers, create and update a comment, contents at a ref (base64), and a pull request's files. Faults
 * can be queued per route: a status (with GitHub's own error bodies and headers) answered before the real one.
 */
export class FakeGitHub {
  readonly seen: Seen[] = [];
  comments: StoredComment[] = [];
  /** repo path -> ref -> text */
  files = new Map<string, Map<string, string>>();
  pullFiles: { filename: string; status: string; previous_filename?: string }[] = [];
  private faults = new Map<string, number[]>();
  private nextId = 1000;
  private server: Server | null = null;
  url = '';
  /** The token every request must carry (the action's github-token input); others get GitHub's 401. */
  token = 'test-token';
  /**
   * The token's user for GET /user: null is the workflow's GITHUB_TOKEN, which GitHub answers with 403
   * "Resource not accessible by integration" and whose comments are by github-actions[bot]; a login is a
   * personal token's user, who then writes the comments.
   */
  user: string | null = null;
  /** A read-only token, as a pull request from a fork gets: reads answer, writes get GitHub's 403. */
  readOnlyToken = 'read-only-token';
  /** Open pull requests, for `GET /pulls?head=owner:branch`. */
  pulls: { number: number; head: { sha: string; ref: string; user: { login: string } } }[] = [];

  /** Answer the next request on `route` ('POST comments', 'PATCH comment', 'GET comments', 'GET contents', 'GET files') with `status`. */
  fail(route: string, ...statuses: number[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...statuses]);
  }

  addComments(n: number, body = (i: number) => `ordinary comment ${i}`, author = 'someone'): void {
    for (let i = 0; i < n; i++) this.comments.push({ id: this.nextId++, body: body(i), html_url: '', user: { login: author } });
    this.comments.forEach((c) => (c.html_url = `https://github.example/o/r/pull/7#issuecomment-${c.id}`));
  }

  setFile(path: string, ref: string, text: string): void {
    if (!this.files.has(path)) this.files.set(path, new Map());
    this.files.get(path)!.set(ref, text);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  /** GitHub's answers for the fault statuses. */
  private fault(res: ServerResponse, status: number): void {
    if (status === 403) return this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    if (status === 404) return this.send(res, 404, { message: 'Not Found' });
    if (status === 422) return this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }] });
    if (status === 429) return this.send(res, 429, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' });
    return this.send(res, status, { message: 'Server Error' });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as unknown) : null;
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.seen.push({ method, path: url.pathname + url.search, body });
    // Octokit sends "token <t>" (older) or "Bearer <t>"; GitHub answers 401 Bad credentials otherwise.
    const token = /^(token|bearer) /i.test(req.headers.authorization ?? '') ? req.headers.authorization!.replace(/^\S+ /, '') : '';
    if (token !== this.token && token !== this.readOnlyToken) {
      return this.send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (token === this.readOnlyToken && method !== 'GET') return this.fault(res, 403);

    let route = '';
    let m: RegExpMatchArray | null;
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) route = `${method} comments`;
    else if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) route = `${method} comment`;
    else if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) route = `${method} contents`;
    else if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) route = `${method} files`;
    else if (url.pathname === '/user') route = `${method} user`;
    else if (url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls$/)) route = `${method} pulls`;
    else return this.send(res, 404, { message: 'Not Found' });

    const queued = this.faults.get(route);
    if (queued?.length) return this.fault(res, queued.shift()!);

    if (route === 'GET comments') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const links: string[] = [];
      const at = (p: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
      if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
      if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
      return this.send(res, 200, this.comments.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    }
    if (route === 'POST comments') {
      const c = { id: this.nextId++, body: (body as { body: string }).body, html_url: '', user: { login: this.user ?? 'github-actions[bot]' } };
      c.html_url = `https://github.example/o/r/pull/7#issuecomment-${c.id}`;
      this.comments.push(c);
      return this.send(res, 201, c);
    }
    if (route === 'PATCH comment') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      c.body = (body as { body: string }).body;
      return this.send(res, 200, c);
    }
    if (route === 'GET contents') {
      const path = decodeURIComponent(m![1]!);
      const text = this.files.get(path)?.get(url.searchParams.get('ref') ?? '');
      if (text === undefined) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { type: 'file', encoding: 'base64', path, content: Buffer.from(text).toString('base64') });
    }
    if (route === 'GET files') return this.send(res, 200, this.pullFiles);
    if (route === 'GET user') return this.user === null ? this.fault(res, 403) : this.send(res, 200, { login: this.user, type: 'User' });
    if (route === 'GET pulls') {
      // GitHub's `head` filter is "user:ref-name"; without it every open pull request is listed.
      const head = url.searchParams.get('head');
      return this.send(res, 200, this.pulls.filter((p) => head === null || `${p.head.user.login}:${p.head.ref}` === head));
    }
    return this.send(res, 404, { message: 'Not Found' });
  }
}

/**
 * A fresh FakeGitHub for each test of the enclosing describe: started before the test, stopped after it, handed to
 * `use` (the suites keep it in their own `let gh`). One place for the start/stop that every action e2e suite needs.
 */
export function fakeGitHubPerTest(use: (gh: FakeGitHub) => void): void {
  let gh: FakeGitHub | undefined;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
    use(gh);
  });
  afterEach(async () => {
    await gh?.stop();
  });
}
