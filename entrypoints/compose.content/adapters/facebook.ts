import { selectorAdapter } from './selector-adapter.ts';
import { FACEBOOK_SELECTORS } from './selectors-facebook.ts';

export const facebookAdapter = selectorAdapter('facebook', FACEBOOK_SELECTORS);
