/**
 * What credentials look like, for the no-credentials rule and for the
 * engine, which masks them in every output whichever rule is on.
 */
/** What every output shows in place of a secret. */
export declare const MASK = "********";
/** Keys that only ever hold credentials, whatever their spelling. */
export declare const CREDENTIAL_KEY: RegExp;
/** Text that looks like an Alibaba Cloud access key, STS token or key. */
export declare const CREDENTIAL_VALUE: RegExp;
/** Every credential-looking text in `text`, in order. */
export declare function findCredentials(text: string): RegExpExecArray[];
/** The secrets a text names (`AccessKeySecret=…`), in order. */
export declare function findAssignedCredentials(text: string): string[];
/** The text with every credential-looking part replaced by the mask. */
export declare function maskCredentials(text: string): string;
/**
 * Config text with credentials, secret-shaped words and URL userinfo
 * masked: for values and messages about `.vaultlint.yaml`.
 */
export declare function maskConfigText(text: string): string;
