// Shared jest settings: TypeScript through swc (with decorator metadata, which type-graphql
// and MikroORM read), and @zjtx/* packages resolved to their sources so tests never run
// against a stale dist/.
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
const sourceOf = {};
for (const group of ['packages', 'subgraphs']) {
  for (const dir of fs.readdirSync(path.join(root, group))) {
    const pkgFile = path.join(root, group, dir, 'package.json');
    if (fs.existsSync(pkgFile)) sourceOf[`^${require(pkgFile).name}$`] = path.join(root, group, dir, 'src');
  }
}
sourceOf['^@zjtx/gateway$'] = path.join(root, 'gateway', 'src');
// Subpath exports: test helpers of @zjtx/platform, the data files of @zjtx/domain (Node-only, kept out of the index the portal imports).
sourceOf['^@zjtx/domain/industry-data$'] = path.join(root, 'packages', 'domain', 'src', 'industry-data.ts');
sourceOf['^@zjtx/platform/testing$'] = path.join(root, 'packages', 'platform', 'src', 'testing', 'test-platform.ts');
sourceOf['^@zjtx/platform/testing/(.*)$'] = path.join(root, 'packages', 'platform', 'src', 'testing', '$1.ts');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    // ESM-only dependencies: jest (on Node 20) cannot require() ES modules, so compile them to CommonJS.
    '^.+/node_modules/(jose)/.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  moduleNameMapper: sourceOf,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // type-graphql and MikroORM read decorator metadata through this polyfill, which the services import at their entry points.
  setupFiles: [require.resolve('reflect-metadata')],
  testTimeout: 30_000,
};

/** For packages whose tests need PostgreSQL: one server per run, a database per test file. */
// Not enumerable, so spreading the preset does not hand jest an unknown option.
Object.defineProperty(module.exports, 'withDatabase', {
  enumerable: false,
  value: {
    globalSetup: path.join(root, 'packages/test-kit/jest/global-setup.js'),
    globalTeardown: path.join(root, 'packages/test-kit/jest/global-teardown.js'),
  },
});
