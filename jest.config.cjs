// Three jest projects: fast unit specs beside the code, integration specs that run through HTTP and
// Kafka on real PostgreSQL and a real Kafka broker (the harness in libs/testing finds or starts them),
// and the fault suite, which starts its own PostgreSQL, broker and service processes (e2e/faults).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  rootDir: __dirname,
};

module.exports = {
  // Integration suites start services, join consumer groups and wait for events to flow.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services}/*/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services}/*/test/**/*.int-spec.ts', '<rootDir>/e2e/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/e2e/faults/**/*.fault-spec.ts'],
      // One platform serves the cases in turn: run it with --runInBand (maxWorkers is a root-only option).
      // Each case runs minutes, not seconds: the spec sets its own timeout (the root's 60 s wins over a project's).
      slowTestThreshold: 120,
    },
  ],
};
