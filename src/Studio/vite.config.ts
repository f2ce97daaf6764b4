/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    // STUDIO_API points the dev server at another host, e.g. STUDIO_API=http://127.0.0.1:5123 npm run dev
    proxy: { '/api': process.env.STUDIO_API ?? 'http://localhost:5000' },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // React and the router change rarely: a chunk of their own stays cached across releases of the app.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // Two-core CI machines are slow to render antd forms in jsdom; a timeout there is not a finding.
    testTimeout: 20_000,
    // e2e/ holds the Playwright browser tests, run by their own runner.
    exclude: [...configDefaults.exclude, 'e2e/**'],
  },
});
