import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'ap-80-06',
  name: 'TODO',
  seed: 'TODO',
  rules: {},
};

export default pack;
