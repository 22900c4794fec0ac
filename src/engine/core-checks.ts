/**
 * Checks the engine itself makes while reading, parsing and validating
 * against the schema. They are always on and always errors, except the
 * suppression checks, and are documented like rules.
 */
import type { Severity } from '../types.js';

export interface CoreCheck {
  id: string;
  severity: Severity;
  description: string;
}

export const CORE_CHECKS: readonly CoreCheck[] = [
  {
    id: 'unreadable-file',
    severity: 'error',
    description: 'Require request files to be readable',
  },
  {
    id: 'file-too-large',
    severity: 'error',
    description: 'Disallow request files larger than the size limit',
  },
  {
    id: 'binary-file',
    severity: 'error',
    description: 'Disallow binary content in request files',
  },
  {
    id: 'invalid-encoding',
    severity: 'error',
    description: 'Require request files to be valid UTF-8',
  },
  {
    id: 'syntax-error',
    severity: 'error',
    description: 'Require request files to be valid YAML 1.2 or strict JSON',
  },
  {
    id: 'resource-limit',
    severity: 'error',
    description: 'Disallow nesting and alias expansion past the safety limits',
  },
  {
    id: 'duplicate-key',
    severity: 'error',
    description: 'Disallow a key given twice in one request',
  },
  {
    id: 'no-request',
    severity: 'error',
    description: 'Require a request file to hold at least one request',
  },
  {
    id: 'request-shape',
    severity: 'error',
    description:
      'Require each document to be a mapping of CreateVault parameters',
  },
  {
    id: 'unknown-parameter',
    severity: 'error',
    description: 'Disallow keys that are not CreateVault parameters',
  },
  {
    id: 'missing-parameter',
    severity: 'error',
    description: 'Require the parameters CreateVault requires',
  },
  {
    id: 'invalid-type',
    severity: 'error',
    description: 'Enforce the type of each CreateVault parameter',
  },
  {
    id: 'invalid-value',
    severity: 'error',
    description: 'Enforce the values CreateVault accepts for each parameter',
  },
  {
    id: 'invalid-length',
    severity: 'error',
    description: 'Enforce the lengths CreateVault accepts, in characters',
  },
  {
    id: 'suppression-without-reason',
    severity: 'error',
    description: 'Require a reason on every inline suppression',
  },
  {
    id: 'unused-suppression',
    severity: 'warning',
    description: 'Disallow inline suppressions that silence nothing',
  },
];

export const CORE_CHECK_IDS = new Set(CORE_CHECKS.map((c) => c.id));
