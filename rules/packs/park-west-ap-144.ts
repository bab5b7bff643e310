import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'park-west-ap-144',
  name: 'TODO',
  seed: 'TODO',
  rules: {},
};

export default pack;
