import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'esm-appropriate-use',
  name: 'TODO',
  seed: 'TODO',
  rules: {},
};

export default pack;
