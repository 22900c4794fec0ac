// A large run keeps each request in compact form until the rules that see
// every request have reported: positions must survive that, in every block
// of shared numbers, and request records must inherit nothing.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { Locator } from '../../src/engine/locator.js';
import { parseRequests } from '../../src/engine/parse.js';
import { fieldsRecord, keep } from '../../src/engine/request.js';
import { tree } from '../cli/tree.js';

describe('compact requests', () => {
  it('places findings of whole-run rules exactly across thousands of files', async () => {
    // Each file's name sits a different number of lines down, and enough
    // files to fill several blocks of locator numbers.
    // The second half repeats the names of the first: each of its files
    // gets a finding placed from what was kept of it.
    const files: Record<string, string> = {};
    const count = 6000;
    const half = count / 2;
    const blank = (i: number) => (i * 5) % 7;
    for (let i = 0; i < count; i++) {
      files[`v/${String(i).padStart(4, '0')}.vault.yaml`] =
        `${'\n'.repeat(blank(i))}VaultRegionId: cn-hangzhou\nVaultName: vault-${i % half}\nVaultType: STANDARD\n`;
    }
    // A file past 64 KiB keeps its offsets in the wider blocks.
    files['v/9999-big.vault.yaml'] =
      `Description: ${'x'.repeat(30_000)}\n${'#\n'.repeat(20_000)}VaultRegionId: cn-hangzhou\nVaultName: vault-7\n`;
    const root = tree(files);
    const results = await lint(['v'], { cwd: root });

    const duplicates = results.files.flatMap((f) =>
      f.findings
        .filter((x) => x.ruleId === 'duplicate-vault-name')
        .map((x) => ({ file: f.file, start: x.range.start, end: x.range.end })),
    );
    const expected = Array.from({ length: half }, (_, k) => {
      const i = half + k;
      const line = blank(i) + 2;
      return {
        file: `v/${i}.vault.yaml`,
        start: { line, column: 12 },
        end: { line, column: 18 + String(k).length },
      };
    });
    expected.push({
      file: 'v/9999-big.vault.yaml',
      start: { line: 20_003, column: 12 },
      end: { line: 20_003, column: 19 },
    });
    expect(duplicates).toEqual(expected);
    expect(results.summary.requests).toBe(count + 1);
    // The request summaries are made on first use, once.
    expect(results.requests).toBe(results.requests);
    expect(results.requests).toHaveLength(count + 1);
    expect(results.requests[count].approved).toBe(false);
    expect(results.requests[0]).toMatchObject({
      file: 'v/0000.vault.yaml',
      vaultName: 'vault-0',
      approved: true,
    });
    expect(JSON.parse(JSON.stringify(results)).requests).toHaveLength(
      count + 1,
    );
  });
});

describe('a file of many documents or many keys', () => {
  it('keeps for each request only its own lines, and places its findings', async () => {
    const count = 3000;
    const text = Array.from(
      { length: count },
      (_, i) => `---\nVaultRegionId: cn-hangzhou\nVaultName: doc-${i % 1500}\n`,
    ).join('');
    const root = tree({ 'many.vault.yaml': text });
    const results = await lint(['many.vault.yaml'], { cwd: root });
    const duplicates = results.files[0].findings.filter(
      (x) => x.ruleId === 'duplicate-vault-name',
    );
    // Documents 1501 to 3000 repeat the names of the first 1500.
    expect(duplicates).toHaveLength(1500);
    expect(duplicates.map((x) => [x.document, x.range.start.line])).toEqual(
      Array.from({ length: 1500 }, (_, k) => [1501 + k, (1500 + k) * 3 + 3]),
    );

    const parsed = parseRequests(text, 'yaml');
    const locator = Locator.of(parsed.requests[count - 1], parsed.lines);
    expect(locator.toData().numbers.length).toBeLessThan(32);
    expect(locator.locate('/VaultName', 'value')).toEqual({
      start: { line: count * 3, column: 12 },
      end: { line: count * 3, column: 20 },
    });
  });

  it('places a finding on each of thousands of unknown keys', async () => {
    const keys = 5000;
    const text = `VaultRegionId: cn-hangzhou\nVaultName: a\n${Array.from(
      { length: keys },
      (_, i) => `k${i}: ${i}\n`,
    ).join('')}`;
    const root = tree({ 'keys.vault.yaml': text });
    const results = await lint(['keys.vault.yaml'], { cwd: root });
    const unknown = results.files[0].findings.filter(
      (x) => x.ruleId === 'unknown-parameter',
    );
    expect(unknown.map((x) => x.range.start.line)).toEqual(
      Array.from({ length: keys }, (_, i) => i + 3),
    );
  });
});

describe('request records', () => {
  it('inherit nothing, so any key from a file is a key of its own', () => {
    const record = fieldsRecord();
    expect('toString' in record).toBe(false);
    expect(record.constructor).toBeUndefined();
    const proto = '__proto__';
    record[proto] = 'x';
    record['toString' as string] = 'y';
    expect(Object.keys(record)).toEqual([proto, 'toString']);
    expect(record[proto]).toBe('x');
    expect(Object.getPrototypeOf(Object.getPrototypeOf(record))).toBeNull();
  });

  it('keeps values equal to what was read, shared for repeating parameters', () => {
    const text =
      'KmsKeyId: alias/backup-team-a\nDescription: Backups of the billing service\n';
    const alias = text.slice(10, 29);
    const again = `${text} `.slice(10, 29);
    expect(keep('KmsKeyId', alias)).toBe('alias/backup-team-a');
    expect(keep('KmsKeyId', again)).toBe(keep('KmsKeyId', alias));
    expect(keep('Description', text.slice(43, 73))).toBe(
      'Backups of the billing service',
    );
    expect(keep('WormEnabled', true)).toBe(true);
  });
});
