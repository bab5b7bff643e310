import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'lethbridge-607-4',
  name: 'TODO',
  seed: 'TODO',
  rules: {},
};

export default pack;
