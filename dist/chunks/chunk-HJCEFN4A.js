import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);

// package.json
var package_default = {
  name: "vaultlint",
  version: "0.1.0",
  description: "Policy as code for Alibaba Cloud Backup vaults: lint CreateVault request files, then create the vaults.",
  type: "module",
  license: "MIT",
  homepage: "https://github.com/vaultlint/vaultlint",
  repository: {
    type: "git",
    url: "https://github.com/vaultlint/vaultlint.git"
  },
  engines: {
    node: ">=20"
  },
  bin: {
    vaultlint: "dist/cli.js"
  },
  main: "dist/index.js",
  types: "dist/types/src/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist",
    "schemas",
    "docs",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome format --write .",
    test: "npm run typecheck && npm run lint && vitest run",
    bench: "node scripts/bench.mjs"
  },
  dependencies: {
    "@alicloud/credentials": "^2.4.7",
    "@alicloud/openapi-client": "^0.4.15",
    ajv: "^8.20.0",
    "cli-progress": "^3.12.0",
    commander: "^14.0.3",
    "fast-xml-parser": "^5.12.1",
    ignore: "^7.0.17",
    picomatch: "^4.0.7",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@biomejs/biome": "^2.6.9",
    "@types/cli-progress": "^3.11.6",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    tsx: "^4.23.15",
    typescript: "~5.9.3",
    vitest: "^4.1.12"
  }
};

export {
  package_default
};
