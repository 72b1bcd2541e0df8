/**
 * Configuration: read from the environment once, at boot, and validated. Every setting is listed
 * in .env.example. Nothing else in the code reads process.env.
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  /** postgres://… to use PostgreSQL; unset for the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  /** Demo mode: seeds the demo county on an empty database; demo accounts share a known password. */
  DEMO: Type.Boolean({ default: true }),
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  /** Sign-in lock-out: this many failures in a row lock the account for LOGIN_LOCK_MINUTES. */
  LOGIN_MAX_FAILURES: Type.Integer({ minimum: 1, maximum: 100, default: 5 }),
  LOGIN_LOCK_MINUTES: Type.Integer({ minimum: 1, maximum: 24 * 60, default: 15 }),
  /** Cookies get the Secure flag (set true behind HTTPS). */
  COOKIE_SECURE: Type.Boolean({ default: false }),
  /**
   * Behind a reverse proxy: the proxies whose X-Forwarded-For is believed (comma-separated addresses
   * or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8). Unset: the peer address is the client (rate limits
   * cannot be dodged with a forged header).
   */
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  /** Encrypts the inspection-code signing keys at rest (AES-256-GCM); at least 32 characters. */
  CODE_KEY_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  /** Public code verifications (GET /api/v1/codes/{token}) per client address per minute; lift it only for benchmarks. */
  VERIFY_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 30 }),
  LOG_LEVEL: Type.Union(
    [Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('silent')],
    { default: 'info' },
  ),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}

const booleans = new Set(['DEMO', 'COOKIE_SECURE']);
const integers = new Set(['PORT', 'SESSION_TTL_HOURS', 'LOGIN_MAX_FAILURES', 'LOGIN_LOCK_MINUTES', 'VERIFY_RATE_LIMIT_PER_MINUTE']);

/** Builds the configuration from an environment-like record; throws ConfigError naming every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (booleans.has(key)) raw[key] = value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
    else if (integers.has(key)) raw[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    else raw[key] = value;
  }
  const withDefaults = Value.Default(ConfigSchema, raw) as Record<string, unknown>;
  const errors = [...Value.Errors(ConfigSchema, withDefaults)];
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.instancePath.replace(/^\//, '') || '(root)'}: ${e.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  return withDefaults as Config;
}
