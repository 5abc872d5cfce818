import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The proxy serves the built app from dist/web; in `npm run dev` Vite forwards /api to it. `vite build --ssr`
// bundles the proxy itself into dist/server, so that `npm start` runs plain JavaScript (no TypeScript loader).
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  publicDir: isSsrBuild ? false : 'public',
  // The manifest tells scripts/bundle-budget.ts which files each screen loads.
  build: { outDir: 'dist/web', emptyOutDir: true, manifest: !isSsrBuild },
  // The proxy allows this port's Host and Origin on loopback (src/server/http/origins.ts: devServerPort).
  server: { port: 5173, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    // `npm test` runs Vitest with --coverage: a summary of what the tests execute of the app's own code.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', '**/*.d.ts', 'src/server/testing/**', 'src/web/testing/**'],
      reporter: ['text-summary'],
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/server/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/sandbox/**/*.test.ts',
            'src/standard-books-sandbox/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/testing/setup.ts'],
          // Screen tests drive a whole screen through user events; on a loaded 2-core machine that can take seconds.
          testTimeout: 20_000,
        },
      },
    ],
  },
}));
