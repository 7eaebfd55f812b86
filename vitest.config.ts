import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        // against local fakes only: every file on its own, in parallel
        extends: true,
        test: { name: 'unit', include: ['test/{unit,providers,stores}/**/*.test.ts'] },
      },
      {
        // End-to-end files share the test bed's servers and owners: one file at a time (beside the unit files).
        extends: true,
        test: { name: 'e2e', include: ['test/{e2e,integration}/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
})
