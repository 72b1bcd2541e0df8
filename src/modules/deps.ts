/** What every use case is handed: the database, the configuration and the clock (never Date.now() directly). */
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { dateInChina } from '../domain/calendar/index.ts';

export interface Deps {
  db: Database;
  config: Config;
  now(): Date;
}

/** Today's business date (Beijing time), from the use case's clock. */
export const todayOf = (deps: Pick<Deps, 'now'>): string => dateInChina(deps.now());
