export * from './types.ts';
export * from './select.ts';
export * from './validate.ts';
export { YUNHE_2025 } from './yunhe-2025.ts';
import { YUNHE_2025 } from './yunhe-2025.ts';
import type { Policy } from './types.ts';

/** Versions shipped with the code (the seed data); a deployment adds published versions from the database. */
export const BUILT_IN_POLICIES: readonly Policy[] = [YUNHE_2025];
