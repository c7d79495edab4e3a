import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const shared = ['type:platform', 'type:contracts', 'type:util'];
const services = ['customer-profile', 'interaction-log', 'complaints', 'loan-servicing', 'notifications'];

/** Who may import whom. A service imports libs only, never another service; only e2e tests import services. */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: shared },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: shared },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: [...shared, 'type:testing'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:testing', ...shared] },
  {
    sourceTag: 'scope:shared',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:customer-profile',
      'scope:interaction-log',
      'scope:complaints',
      'scope:loan-servicing',
      'scope:notifications',
    ],
  },
  ...services.map((service) => ({
    sourceTag: `scope:${service}`,
    onlyDependOnLibsWithTags: ['scope:shared', `scope:${service}`],
  })),
];

const boundaries = (constraints, allow = []) => ({
  '@nx/enforce-module-boundaries': [
    'error',
    {
      enforceBuildableLibDependency: false,
      banTransitiveDependencies: true,
      allow,
      depConstraints: constraints,
    },
  ],
});

/** Layers inside a service point inward: api → application → domain; infrastructure implements ports. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default [
  { ignores: ['**/node_modules', '**/dist', '.cache', '.nx', 'coverage', 'deploy/local/*.cjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      ...boundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // Tests may use the shared test harness.
    files: ['services/*/test/**/*.ts', 'libs/*/test/**/*.ts', '**/*.spec.ts'],
    rules: {
      ...boundaries(
        depConstraints.map((c) =>
          c.sourceTag.startsWith('type:')
            ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
            : c,
        ),
      ),
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Cross-service flow tests host the services they drive, through each service's descriptor.
    files: ['e2e/**/*.ts'],
    rules: {
      ...boundaries(
        depConstraints,
        services.map((service) => `@crm/${service}`),
      ),
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  layer(
    ['services/*/src/domain/**/*.ts'],
    [
      '@nestjs/*',
      'typeorm',
      'kafkajs',
      'pg',
      '@crm/messaging',
      '@crm/persistence',
      '@crm/platform',
      '**/application/**',
      '**/infrastructure/**',
      '**/api/**',
    ],
    'the domain is plain TypeScript: no framework, no persistence, no transport',
  ),
  layer(
    ['services/*/src/application/**/*.ts'],
    ['typeorm', 'kafkajs', 'pg', '@crm/platform', '**/infrastructure/**', '**/api/**'],
    'use cases reach the world through ports, not through infrastructure or transport',
  ),
  layer(['services/*/src/infrastructure/**/*.ts'], ['**/api/**'], 'infrastructure does not know the API'),
];
