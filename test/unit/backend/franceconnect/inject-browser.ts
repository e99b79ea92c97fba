// A minimal browser over app.inject for the FranceConnect tests: a cookie jar (name → value per path prefix),
// redirects followed within the app's public origin, and form posting. It sends what a browser sends (Host, cookies)
// and nothing else, so the flow under test is the one a real browser drives.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

interface Cookie { name: string; value: string; path: string }

export interface Page { url: string; status: number; body: string; headers: LightMyRequestResponse['headers'] }

export class InjectBrowser {
  private cookies: Cookie[] = [];
  /** `stopAt`: paths where the walk stops before following (e.g. a callback the test wants to look at). */
  constructor(private app: FastifyInstance, private readonly origin: string, private readonly stopAt: string[] = []) {}

  /** Sends the next requests to another app on the same origin, cookies kept: a load balancer's next pick. */
  routeTo(app: FastifyInstance): this {
    this.app = app;
    return this;
  }

  /** GET a URL and follow redirects that stay on the origin; stops at the first redirect leaving it or to a stop. */
  async get(url: string): Promise<Page> {
    return this.follow(await this.request('GET', url));
  }

  async post(url: string, form: Record<string, string>): Promise<Page> {
    return this.follow(await this.request('POST', url, new URLSearchParams(form).toString()));
  }

  /** The action of the form with the button labelled `label`, and its hidden inputs. */
  static form(page: Page, label: string | RegExp): { action: string; fields: Record<string, string> } {
    const forms = [...page.body.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)];
    for (const [, action, inner] of forms) {
      const text = (inner ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      if (typeof label === 'string' ? text.includes(label) : label.test(text)) {
        const fields: Record<string, string> = {};
        for (const [, name, value] of (inner ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\s*\/?>/g)) {
          fields[name!] = value!;
        }
        return { action: decode(action!), fields };
      }
    }
    throw new Error(`no form with "${String(label)}" on ${page.url}`);
  }

  static link(page: Page, label: string): string {
    const m = [...page.body.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find(([, , text]) => text === label);
    if (!m) throw new Error(`no link "${label}" on ${page.url}`);
    return decode(m[1]!);
  }

  private async follow(page: Page): Promise<Page> {
    let current = page;
    for (let hops = 0; hops < 20; hops += 1) {
      const location = current.headers.location;
      if (current.status < 300 || current.status >= 400 || typeof location !== 'string') return current;
      const next = new URL(location, current.url);
      // Left the server, or reached a stop: the caller looks at `location`.
      if (next.origin !== this.origin || this.stopAt.some((p) => next.pathname.startsWith(p))) return current;
      current = await this.request('GET', next.href);
    }
    throw new Error('too many redirects');
  }

  private async request(method: 'GET' | 'POST', url: string, body?: string): Promise<Page> {
    const target = new URL(url, this.origin);
    const cookie = this.cookies
      .filter((c) => target.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const res = await this.app.inject({
      method,
      url: target.pathname + target.search,
      headers: {
        host: target.host,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body !== undefined ? { payload: body } : {}),
    });
    this.store(res.headers['set-cookie']);
    return { url: target.href, status: res.statusCode, body: res.body, headers: res.headers };
  }

  private store(header: string | string[] | undefined) {
    for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired = attrs.some((a) => /^expires=Thu, 01 Jan 1970/i.test(a) || /^max-age=0$/i.test(a));
      this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
      if (!expired && value !== '') this.cookies.push({ name, value, path });
    }
  }
}

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}
