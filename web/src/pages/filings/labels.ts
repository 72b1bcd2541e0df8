// Labels for codes the API returns as open strings (check steps, audit actions), with a fallback to the code.
import type { Translate } from '../../i18n';

const STEPS = ['create', 'submit', 'approve', 'accept', 'arrive', 'register', 'edit'] as const;
const ACTIONS = [
  'filing.create',
  'filing.emergency_start',
  'filing.submit',
  'filing.approve',
  'filing.reject',
  'filing.accept',
  'filing.return',
  'filing.require_merge',
  'filing.notify',
  'filing.arrive',
  'filing.register',
  'filing.complete',
  'filing.cancel',
  'filing.update',
  'filing.deadline',
  'notice.acknowledge',
] as const;

const known = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function stepLabel(t: Translate, step: string): string {
  return known(STEPS, step) ? t(`fl.step.${step}`) : step;
}

export function historyLabel(t: Translate, action: string): string {
  return known(ACTIONS, action) ? t(`fl.hist.${action}`) : action;
}
