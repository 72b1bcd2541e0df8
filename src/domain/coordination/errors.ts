import { DomainError } from '../errors.ts';

/** One problem in the scheduler's input, named by its field path, e.g. `filings[3].from`. */
export interface InputIssue {
  path: string;
  zh: string;
  en: string;
}

/**
 * Malformed scheduler input. Thrown before any planning starts: there is never a partial result.
 * `issues` lists the problems found (at most ten); the message names the first.
 */
export class ScheduleInputError extends DomainError {
  constructor(readonly issues: InputIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? { zh: `（另有 ${issues.length - 1} 处问题）`, en: ` (and ${issues.length - 1} more)` } : { zh: '', en: '' };
    super(
      'SCHEDULE_INPUT_INVALID',
      'invalid',
      { zh: `排程输入有误：${first.path}：${first.zh}${more.zh}`, en: `Invalid scheduler input: ${first.path}: ${first.en}${more.en}` },
      { path: first.path, issues },
    );
    this.name = 'ScheduleInputError';
  }

  /** The offending field of the first issue. */
  get path(): string {
    return this.issues[0].path;
  }
}
