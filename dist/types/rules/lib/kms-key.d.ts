/**
 * The forms a KMS key identifier takes, shared by the KmsKeyId rules so
 * that they agree on what a key ID, an alias and an ARN are.
 */
/** Key IDs KMS issues today: `key-` and lower-case letters and digits. */
export declare const KEY_ID: RegExp;
/** Key IDs of older keys: a UUID. */
export declare const UUID: RegExp;
export declare const ALIAS_PREFIX = "alias/";
/** Aliases under this prefix belong to keys that services manage. */
export declare const RESERVED_ALIAS_PREFIX = "alias/acs/";
export declare const ALIAS_MAX_LENGTH = 255;
/** Characters KMS allows in an alias name, after the prefix. */
export declare const ALIAS_CHARACTER: RegExp;
export type KmsKey = {
    form: 'key-id';
    value: string;
} | {
    form: 'alias';
    value: string;
    name: string;
} | {
    form: 'arn';
    value: string;
    region: string;
    account: string;
    /** The key ID or alias the ARN names, as KmsKeyId would take it. */
    resource: string;
} | {
    form: 'unknown';
    value: string;
};
/** Sorts a KmsKeyId value into its form; form checks come after. */
export declare function parseKmsKey(value: string): KmsKey;
/** Why an alias is malformed, or undefined when it is well formed. */
export declare function aliasProblem(name: string): {
    kind: 'length';
    length: number;
} | {
    kind: 'character';
    character: string;
} | undefined;
/** A key ID or UUID in the form KMS issues. */
export declare function isKeyId(value: string): boolean;
/** An ARN whose region, account and key ID or alias are all well formed. */
export declare function isWellFormedArn(key: KmsKey): boolean;
