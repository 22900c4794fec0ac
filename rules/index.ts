/** The built-in rules, in the order `vaultlint rules` lists them. */
import type { AnyRule } from '../src/rule.js';
import deprecatedStorageClass from './deprecated-storage-class.js';
import duplicateVaultName from './duplicate-vault-name.js';
import kmsKeyRequired from './kms-key-required.js';
import noCredentials from './no-credentials.js';

export const BUILTIN_RULES: readonly AnyRule[] = [
  deprecatedStorageClass,
  duplicateVaultName,
  kmsKeyRequired,
  noCredentials,
];
