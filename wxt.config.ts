import { defineConfig } from 'wxt';

// Permissions are kept to what the features need: storage for settings and
// the roster (IndexedDB needs none), and nothing that reaches the network.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'PostGuard',
    description:
      'Checks school social-media posts against the district procedure and the consent roster, on the device.',
    permissions: ['storage'],
    // Lets a district push settings by enterprise policy (read by the background worker).
    storage: { managed_schema: 'managed-schema.json' },
  },
});
