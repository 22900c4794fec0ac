// `npm run bench`: measures vaultlint against ajv-cli (schema only, no
// positions, no rules) on generated corpora of 1, 1,000, 10,000 and 100,000
// request files, runs alternating, and prints medians and ratios.
// Options: --sizes 1,1000 (subset), --runs N (runs per tool and size).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,1000,10000,100000' },
    runs: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const TEAMS = 40;

const REGIONS = ['cn-shanghai', 'cn-hangzhou', 'cn-beijing', 'ap-southeast-1'];
// About a fifth of the files carry one of the mistakes people make.
const FAULTS = [
  (r) => ({ ...r, VaultStorageClass: 'IA' }),
  (r) => ({ ...r, VaultType: 'standard' }),
  (r) => ({ ...r, WormEnabled: 'yes' }),
  (r) => ({ ...r, EncryptType: 'KMS', KmsKeyId: undefined }),
  (r) => ({ ...r, VaultNmae: r.VaultName, VaultName: undefined }),
];

function request(i) {
  const base = {
    VaultRegionId: REGIONS[i % REGIONS.length],
    VaultName: `vault-${i}`,
    Description: `Backups of service ${i % 997}`,
    VaultType: 'STANDARD',
    VaultStorageClass: 'STANDARD',
    WormEnabled: i % 3 === 0,
    EncryptType: 'KMS',
    KmsKeyId: `alias/team-${i % TEAMS}`,
  };
  return i % 5 === 4 ? FAULTS[((i / 5) % FAULTS.length) | 0](base) : base;
}

function toYaml(r) {
  return Object.entries(r)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** Writes a corpus of `size` files under 40 team folders, with a config. */
function corpus(size) {
  const dir = mkdtempSync(join(tmpdir(), `vaultlint-bench-${size}-`));
  const accounts = [];
  for (let t = 0; t < Math.min(TEAMS, size); t++) {
    mkdirSync(join(dir, `team-${t}`, 'vaults'), { recursive: true });
    accounts.push(
      `  team-${t}:\n    files: ["team-${t}/**"]\n    quota: 10000`,
    );
  }
  writeFileSync(
    join(dir, '.vaultlint.yaml'),
    `accounts:\n${accounts.join('\n')}\n`,
  );
  for (let i = 0; i < size; i++) {
    const team = `team-${i % Math.min(TEAMS, size)}`;
    writeFileSync(
      join(dir, team, 'vaults', `v${i}.yaml`),
      `${toYaml(request(i))}\n`,
    );
  }
  return dir;
}

/** Runs a command: wall seconds, and CPU seconds and peak RSS from GNU time. */
function measure(command, args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', command, ...args],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [, user, sys, rss] = last.split(' ').map(Number);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  return { wall, cpu: user + sys, rssMiB: rss / 1024, status: r.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

const node = process.execPath;
const cli = join(root, 'dist', 'cli.cjs');
const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const schema = join(root, 'schemas', 'create-vault.schema.json');

// One file is the pre-commit case: the hook names the file. Larger corpora
// are the CI case: the repository's folder.
const target = (size) => (size === 1 ? 'team-0/vaults/v0.yaml' : '.');

const tools = (size) => ({
  vaultlint: [
    node,
    [cli, '--format', 'json', '--output-file', '/dev/null', target(size)],
  ],
  'ajv-cli': [
    node,
    [
      ajv,
      'validate',
      '-s',
      schema,
      '-d',
      size === 1 ? target(size) : '**/*.yaml',
      '--all-errors',
      '--strict=false',
    ],
  ],
  ...(size === 1 ? { 'node -e 0': [node, ['-e', '0']] } : {}),
});

const rows = [];
for (const size of sizes) {
  process.stderr.write(`generating ${size} files…\n`);
  const dir = corpus(size);
  const runs = Number(
    values.runs ?? (size <= 1000 ? 15 : size <= 10000 ? 5 : 1),
  );
  const samples = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, args]] of Object.entries(tools(size))) {
      samples[name] ??= [];
      samples[name].push(measure(command, args, dir));
    }
  }
  for (const [name, list] of Object.entries(samples)) {
    const wall = median(list.map((s) => s.wall));
    rows.push({
      size,
      tool: name,
      wall,
      cpu: median(list.map((s) => s.cpu)),
      rssMiB: Math.max(...list.map((s) => s.rssMiB)),
      filesPerSecond:
        size > 1 && name !== 'node -e 0' ? Math.round(size / wall) : undefined,
      exit: list[0].status,
    });
  }
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const at = (size, tool) => rows.find((r) => r.size === size && r.tool === tool);
console.log('\nsize     tool        wall s   cpu s    peak MiB  files/s  exit');
for (const r of rows) {
  console.log(
    [
      String(r.size).padEnd(8),
      r.tool.padEnd(11),
      r.wall.toFixed(3).padStart(7),
      r.cpu.toFixed(3).padStart(7),
      r.rssMiB.toFixed(1).padStart(9),
      String(r.filesPerSecond ?? '').padStart(8),
      String(r.exit).padStart(5),
    ].join('  '),
  );
}

console.log('\nratios (target)');
const ratio = (a, b) => (a && b ? (a.wall / b.wall).toFixed(2) : 'n/a');
if (sizes.includes(1)) {
  console.log(
    `1 file: vaultlint / node -e 0 = ${ratio(at(1, 'vaultlint'), at(1, 'node -e 0'))} (≤ 1.5)`,
  );
}
if (sizes.includes(10000)) {
  console.log(
    `10,000 files: vaultlint / ajv-cli = ${ratio(at(10000, 'vaultlint'), at(10000, 'ajv-cli'))} (≤ 0.5)`,
  );
}
if (sizes.includes(100000)) {
  const big = at(100000, 'vaultlint');
  console.log(
    `100,000 files: peak memory ${big.rssMiB.toFixed(1)} MiB (≤ 200)`,
  );
  if (sizes.includes(10000)) {
    console.log(
      `100,000 / 10,000 files: ${ratio(big, at(10000, 'vaultlint'))} (≤ 11)`,
    );
  }
}
