/** The built-in rules, in the order `vaultlint rules` lists them. */
import type { AnyRule } from '../src/rule.js';
import accountVaultQuota from './account-vault-quota.js';
import allowedRegions from './allowed-regions.js';
import allowedVaultTypes from './allowed-vault-types.js';
import deprecatedStorageClass from './deprecated-storage-class.js';
import descriptionRequired from './description-required.js';
import duplicateVaultName from './duplicate-vault-name.js';
import kmsEncryptionRequired from './kms-encryption-required.js';
import kmsKeyFormat from './kms-key-format.js';
import kmsKeyRegion from './kms-key-region.js';
import kmsKeyRequired from './kms-key-required.js';
import noCredentials from './no-credentials.js';
import noIgnoredKmsKey from './no-ignored-kms-key.js';
import noKmsKeyArn from './no-kms-key-arn.js';
import noUnconfirmedRegion from './no-unconfirmed-region.js';
import vaultNameCharacters from './vault-name-characters.js';
import vaultNamePattern from './vault-name-pattern.js';
import vaultRegion from './vault-region.js';
import wormRequired from './worm-required.js';

export const BUILTIN_RULES: readonly AnyRule[] = [
  accountVaultQuota,
  allowedRegions,
  allowedVaultTypes,
  deprecatedStorageClass,
  descriptionRequired,
  duplicateVaultName,
  kmsEncryptionRequired,
  kmsKeyFormat,
  kmsKeyRegion,
  kmsKeyRequired,
  noCredentials,
  noIgnoredKmsKey,
  noKmsKeyArn,
  noUnconfirmedRegion,
  vaultNameCharacters,
  vaultNamePattern,
  vaultRegion,
  wormRequired,
];
