/** What every use case is handed: the database, the configuration and the clock (never Date.now() directly). */
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';

export interface Deps {
  db: Database;
  config: Config;
  now(): Date;
}
