/** The real application on a fresh database, driven with inject(); sign-in helpers for each role. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import type { Deps } from '../../src/modules/deps.ts';
import { buildApp } from '../../src/server/app.ts';
import { freshDatabase, type Backend, type TestDatabase } from './db.ts';
import { TEST_PASSWORD } from './factories.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  database: TestDatabase;
  /** Signs in and returns a client that sends the cookie and the CSRF token. */
  signIn(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  csrfToken: string;
  cookie: string;
  request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export async function createTestApp(backend: Backend, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase(backend);
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', ...env });
  const deps: Deps = { db: database.db, config, now: () => new Date() };
  const app = await buildApp(deps, { serveUi: false });
  await app.ready();
  return {
    app,
    deps,
    database,
    async signIn(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
      return {
        csrfToken,
        cookie,
        request: ({ csrf = true, headers, ...rest }) =>
          app.inject({ ...rest, headers: { ...headers, cookie, ...(csrf ? { 'x-csrf-token': csrfToken } : {}) } }),
      };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
