import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers and reviewers: every widget in every state, docs from
 * custom-elements.json. Runs offline: no telemetry, no version check (see package.json scripts).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The dataset and the test fixtures, served as static files: stories read them as a site would.
  staticDirs: [
    { from: '../generated/dataset', to: '/dataset' },
    { from: '../test/fixtures/datasets', to: '/fixtures' },
    { from: '../test/fixtures/images', to: '/images' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
