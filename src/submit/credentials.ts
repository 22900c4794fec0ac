/**
 * The default credential chain of `@alicloud/credentials`, watched: each
 * source that fails is recorded, so that a run without credentials can say
 * which sources it tried and what went wrong. It says so in fixed words:
 * the chain's own errors quote what they read (a broken profile file, a
 * credentials server's answer), secrets included, and are never shown.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Minimal views of the CommonJS module, loaded with import().
export interface CredentialInstance {
  getCredential(): Promise<{
    accessKeyId?: string;
    accessKeySecret?: string;
    securityToken?: string;
  }>;
}

/** One source of the chain: the environment, a profile file, … */
interface ChainProvider {
  getProviderName(): string;
  getCredentials(): Promise<unknown>;
}

export interface CredentialsModule {
  default: new (config?: unknown, provider?: unknown) => CredentialInstance;
  DefaultCredentialsProvider?: {
    builder(): { build(): ChainProvider & { providers?: ChainProvider[] } };
  };
}

/** A source the chain tried, and what went wrong with it if it was set up. */
export interface Attempt {
  /** The chain's name for the source: env, cli_profile, profile, … */
  source: string;
  /** In fixed words; absent when the source is simply not set up. */
  problem?: string;
}

const CLI_PROFILE = 'the Alibaba Cloud CLI profile file ~/.aliyun/config.json';
const URI = 'the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI';

/**
 * The default chain, with each of its sources' failures recorded in
 * `attempts` as it tries them. Should a later version of the package keep
 * its sources elsewhere, the chain runs unwatched and `attempts` stays
 * empty.
 */
export function defaultChain(module: CredentialsModule): {
  credential: CredentialInstance;
  attempts: Attempt[];
} {
  const attempts: Attempt[] = [];
  const chain = module.DefaultCredentialsProvider?.builder().build();
  if (!chain || !Array.isArray(chain.providers)) {
    return { credential: new module.default(), attempts };
  }
  chain.providers = chain.providers.map((provider) => ({
    getProviderName: () => provider.getProviderName(),
    getCredentials: async () => {
      try {
        return await provider.getCredentials();
      } catch (error) {
        attempts.push(attemptOf(provider.getProviderName(), error));
        throw error;
      }
    },
  }));
  return { credential: new module.default(null, chain), attempts };
}

/** The CredentialsError message: what failed, if anything, and what was tried. */
export function noCredentials(attempts: Attempt[]): string {
  const problems = attempts.flatMap((a) => (a.problem ? [a.problem] : []));
  const labels = attempts.flatMap((a) => {
    const label = labelOf(a.source);
    return label ? [label] : [];
  });
  const tried = labels.length
    ? `Tried ${list([...new Set(labels)])}.`
    : 'Tried the default credential chain.';
  if (problems.length) {
    return `Cannot read Alibaba Cloud credentials: ${problems.join('; ')}. ${tried}`;
  }
  return `No Alibaba Cloud credentials found. ${tried} Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), a profile in ~/.aliyun/config.json, or an instance role.`;
}

/** How the message names a source; undefined for one not set up at all. */
function labelOf(source: string): string | undefined {
  switch (source) {
    case 'env':
      return 'the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET)';
    case 'oidc_role_arn':
      return 'OIDC (ALIBABA_CLOUD_ROLE_ARN)';
    case 'cli_profile':
      return CLI_PROFILE;
    case 'profile':
      return process.env.ALIBABA_CLOUD_CREDENTIALS_FILE
        ? 'the credentials file in ALIBABA_CLOUD_CREDENTIALS_FILE'
        : 'the credentials file ~/.alibabacloud/credentials';
    case 'ecs_ram_role':
      return 'the ECS instance metadata service';
    case 'credential_uri':
      // The chain always holds this source, and calls "undefined" unset.
      return process.env.ALIBABA_CLOUD_CREDENTIALS_URI ? URI : undefined;
    default:
      return undefined;
  }
}

/**
 * Reads the chain's error only to tell its cases apart; what it says is
 * never passed on.
 */
function attemptOf(source: string, error: unknown): Attempt {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const problem = (words: string): Attempt => ({ source, problem: words });
  switch (source) {
    case 'env':
      if (/Access key ID must be specified/.test(text)) return { source };
      if (/Access key secret must be specified/.test(text))
        return problem(
          'ALIBABA_CLOUD_ACCESS_KEY_ID is set without ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        );
      return problem('the access key in the environment could not be used');
    case 'oidc_role_arn':
      return problem(
        'the OIDC role in ALIBABA_CLOUD_ROLE_ARN could not be assumed with the token in ALIBABA_CLOUD_OIDC_TOKEN_FILE',
      );
    case 'cli_profile':
      return cliProfileAttempt(text);
    case 'profile': {
      const named = Boolean(process.env.ALIBABA_CLOUD_CREDENTIALS_FILE);
      const file = labelOf(source) as string;
      const missing = code === 'ENOENT' || /^ENOENT\b/.test(text);
      if ((missing && !named) || /home dir/.test(text)) return { source };
      return problem(
        missing ? `${file} does not exist` : `${file} gave no credentials`,
      );
    }
    case 'ecs_ram_role':
      // Outside ECS the metadata service is simply not there.
      return process.env.ALIBABA_CLOUD_ECS_METADATA
        ? problem(
            'the ECS instance RAM role in ALIBABA_CLOUD_ECS_METADATA gave no credentials',
          )
        : { source };
    case 'credential_uri':
      return uriAttempt(text, code);
    default:
      return { source };
  }
}

function cliProfileAttempt(text: string): Attempt {
  const source = 'cli_profile';
  const problem = (words: string): Attempt => ({ source, problem: words });
  if (/^reading aliyun cli config/.test(text)) {
    const file = join(homedir(), '.aliyun', 'config.json');
    return existsSync(file)
      ? problem(`${CLI_PROFILE} could not be read`)
      : { source };
  }
  if (/^parse aliyun cli config/.test(text))
    return problem(`${CLI_PROFILE} could not be parsed`);
  if (/^no any configured profiles/.test(text))
    return problem(`${CLI_PROFILE} holds no profiles`);
  if (/^unable to get profile/.test(text))
    return problem(
      `${CLI_PROFILE} has no profile of the name in ALIBABA_CLOUD_PROFILE or its "current"`,
    );
  if (/^unsupported profile mode/.test(text))
    return problem(`the profile in ${CLI_PROFILE} has an unsupported mode`);
  if (/home dir/.test(text)) return { source };
  return problem(`the profile in ${CLI_PROFILE} gave no credentials`);
}

function uriAttempt(text: string, code: unknown): Attempt {
  const source = 'credential_uri';
  if (!process.env.ALIBABA_CLOUD_CREDENTIALS_URI) return { source };
  const problem = (words: string): Attempt => ({ source, problem: words });
  const status = /httpStatus: (\d{3})\b/.exec(text);
  if (status) return problem(`${URI} answered HTTP ${status[1]}`);
  if (/json parse failed/.test(text))
    return problem(`${URI} answered with something other than JSON`);
  if (/credentialsURI result/.test(text))
    return problem(
      `${URI} answered without AccessKeyId, AccessKeySecret and SecurityToken`,
    );
  const why =
    typeof code === 'string' && /^E[A-Z]+$/.test(code) ? ` (${code})` : '';
  return problem(`${URI} could not be reached${why}`);
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
