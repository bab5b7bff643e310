import { defineBackground } from 'wxt/utils/define-background';
import { buildRosterIndex } from '../../rules/roster/name-index.ts';
import { repository } from './db/repository.ts';
import { createRouter } from './router.ts';

export default defineBackground(() => {
  createRouter({ repository, buildIndex: buildRosterIndex }).listen();
});
