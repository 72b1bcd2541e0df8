import { useEffect, useState } from 'react';
import { checkFiling, type FilingCheck, type FilingInput } from '../../api/filings';

export interface FilingCheckState {
  result: FilingCheck | undefined;
  error: unknown;
  /** A check waits for the debounce or the server. */
  loading: boolean;
  /** The proposal the shown result answers (JSON), to tell a fresh result from a stale one. */
  answered: string;
}

/**
 * Runs the rules on the proposal as the user types (POST /filings/check, stores nothing): waits
 * `delay` ms after the last change; a stale answer is dropped; the last result stays meanwhile.
 */
export function useFilingCheck(proposal: FilingInput | null, delay = 350): FilingCheckState {
  const key = proposal ? JSON.stringify(proposal) : '';
  const [state, setState] = useState<FilingCheckState>({ result: undefined, error: undefined, loading: false, answered: '' });

  useEffect(() => {
    if (!key) {
      setState({ result: undefined, error: undefined, loading: false, answered: '' });
      return undefined;
    }
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      checkFiling(JSON.parse(key) as FilingInput)
        .then((result) => alive && setState({ result, error: undefined, loading: false, answered: key }))
        .catch((error: unknown) => alive && setState({ result: undefined, error, loading: false, answered: key }));
    }, delay);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [key, delay]);

  return state;
}
