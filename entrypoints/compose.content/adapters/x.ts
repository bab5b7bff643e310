import { selectorAdapter } from './selector-adapter.ts';
import { X_SELECTORS } from './selectors-x.ts';

export const xAdapter = selectorAdapter('x', X_SELECTORS);
