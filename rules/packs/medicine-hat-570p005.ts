import type { Pack } from './types.ts';

const pack: Pack = {
  id: 'medicine-hat-570p005',
  name: 'TODO',
  seed: 'TODO',
  rules: {},
};

export default pack;
