import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import {
  lineProgress,
  submitExitCode,
  submitRequests,
  toJson,
} from '../../src/submit/index.js';
import { HbrEmulator } from '../emulator/hbr-emulator.js';
import { ALPHA, credentialEnv, workspace } from './helpers.js';

let emulator: HbrEmulator;

beforeEach(async () => {
  emulator = await HbrEmulator.start({ pollsToReady: 2 });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

describe('submitRequests', () => {
  it('submits lint results and reports progress lines for a front end', async () => {
    credentialEnv();
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const lines: string[] = [];

    const results = await lint(['vaults'], { cwd: root });
    const report = await submitRequests(results, {
      cwd: root,
      endpoint: emulator.url,
      wait: true,
      tuning: { pollIntervalMs: 5 },
      progress: lineProgress((line) => lines.push(line)),
    });

    expect(submitExitCode(report)).toBe(0);
    expect(report.summary).toEqual({
      requests: 1,
      created: 1,
      exists: 0,
      refused: 0,
      failed: 0,
      planned: 0,
    });
    expect(lines).toEqual([
      'Waiting for alpha (cn-hangzhou).\n',
      'alpha (cn-hangzhou): initialization 50%.\n',
      'alpha (cn-hangzhou): initialization 100%.\n',
      'alpha (cn-hangzhou): CREATED.\n',
    ]);
    expect(JSON.parse(toJson(report)).results[0]).toMatchObject({
      action: 'created',
      status: 'CREATED',
      vaultId: emulator.vaults[0].VaultId,
    });
  });

  it('makes no call and needs no credentials when nothing is approved', async () => {
    credentialEnv('none');
    const root = workspace({
      'vaults/bad.vault.yaml': 'VaultRegionId: cn-hangzhou\n',
    });

    const report = await submitRequests(await lint(['vaults'], { cwd: root }), {
      cwd: root,
      endpoint: emulator.url,
    });

    expect(report.results.map((r) => r.action)).toEqual(['refused']);
    expect(submitExitCode(report)).toBe(1);
    expect(emulator.calls).toHaveLength(0);
  });
});
