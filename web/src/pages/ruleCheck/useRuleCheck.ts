import { useEffect, useState } from 'react';
import { checkRules, type RuleCheckRequest, type RuleCheckResult } from '../../api/ruleCheck';

export interface RuleCheckState {
  result: RuleCheckResult | undefined;
  /** The request that `result` (or `error`) answers: while the next check runs, it lags the form. */
  checked: RuleCheckRequest | undefined;
  error: unknown;
  /** A check is waiting for the debounce or the server. */
  loading: boolean;
}

/**
 * Checks the request as the user types: waits `delay` ms after the last change, then asks the API.
 * A stale answer (the form changed meanwhile) is dropped; the last result stays until the next one.
 */
export function useRuleCheck(request: RuleCheckRequest | null, delay = 350): RuleCheckState {
  const key = request ? JSON.stringify(request) : '';
  const [state, setState] = useState<RuleCheckState>({ result: undefined, checked: undefined, error: undefined, loading: false });

  useEffect(() => {
    if (!key) {
      setState({ result: undefined, checked: undefined, error: undefined, loading: false });
      return undefined;
    }
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      const checked = JSON.parse(key) as RuleCheckRequest;
      checkRules(checked)
        .then((result) => alive && setState({ result, checked, error: undefined, loading: false }))
        .catch((error: unknown) => alive && setState({ result: undefined, checked, error, loading: false }));
    }, delay);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [key, delay]);

  return state;
}
