/**
 * The HBR client: `@alicloud/openapi-client`'s generic `callApi` (RPC
 * style, API 2017-09-08, ACS3 signatures) with `@alicloud/credentials`'
 * default chain. Both packages are imported here, and only when a submit
 * or inventory run needs them, so linting never loads the SDK.
 */
import type { RequestParams } from '../rule.js';
import {
  type CredentialInstance,
  type CredentialsModule,
  defaultChain,
  noCredentials,
} from './credentials.js';
import {
  CredentialsError,
  HbrError,
  type Scrubber,
  toHbrError,
} from './errors.js';
import type {
  CreateVaultBody,
  DescribeTaskBody,
  DescribeVaultsBody,
  DescribeVaultsQuery,
  Endpoint,
  HbrApi,
} from './types.js';

export const API_VERSION = '2017-09-08';

export interface ClientOptions {
  scrubber: Scrubber;
  /** Milliseconds before a call without an answer is abandoned. */
  requestTimeoutMs: number;
}

// Minimal views of the CommonJS SDK module, loaded with import().
type OpenApiClient = {
  callApi(
    params: unknown,
    request: unknown,
    runtime: unknown,
  ): Promise<{ body: unknown; statusCode?: number }>;
};
interface OpenApiModule {
  default: new (config: unknown) => OpenApiClient;
  Config: new (map: Record<string, unknown>) => unknown;
  Params: new (map: Record<string, unknown>) => unknown;
  OpenApiRequest: new (map: Record<string, unknown>) => unknown;
}

/**
 * The CommonJS SDK modules, whichever way the loader wraps them: Node's
 * ESM gives `default` = module.exports (so the class is `default.default`),
 * bundlers that honour `__esModule` give the class as `default`.
 */
function interop<T>(mod: unknown): T {
  const ns = mod as Record<string, unknown> & { default?: unknown };
  const exported =
    ns.default && typeof ns.default === 'object'
      ? (ns.default as Record<string, unknown>)
      : ns;
  return { ...exported, default: exported.default ?? ns.default } as T;
}

/**
 * Builds the client and resolves credentials once, before any call, so a
 * missing credential is a CredentialsError (exit 2) rather than a failed
 * request. The credential values join the scrubber's list.
 */
export async function createHbrClient(options: ClientOptions): Promise<HbrApi> {
  const credentialsModule = interop<CredentialsModule>(
    await import('@alicloud/credentials'),
  );
  const openapi = interop<OpenApiModule>(
    await import('@alicloud/openapi-client'),
  );

  const { credential, attempts } = defaultChain(credentialsModule);
  let found: Awaited<ReturnType<CredentialInstance['getCredential']>>;
  try {
    found = await credential.getCredential();
  } catch {
    throw new CredentialsError(noCredentials(attempts));
  }
  options.scrubber.add(found.accessKeyId);
  options.scrubber.add(found.accessKeySecret);
  options.scrubber.add(found.securityToken);
  if (!found.accessKeyId) {
    throw new CredentialsError(
      noCredentials([
        ...attempts,
        { source: 'chain', problem: 'the credential chain gave no access key' },
      ]),
    );
  }
  return new SdkHbrClient(openapi, credential, options);
}

class SdkHbrClient implements HbrApi {
  private readonly clients = new Map<string, OpenApiClient>();

  constructor(
    private readonly sdk: OpenApiModule,
    private readonly credential: CredentialInstance,
    private readonly options: ClientOptions,
  ) {}

  async describeVaults(
    at: Endpoint,
    query: DescribeVaultsQuery,
  ): Promise<DescribeVaultsBody> {
    const body = await this.call(at, 'DescribeVaults', {
      VaultRegionId: at.region,
      ...query,
    });
    const vaults = (body.Vaults as { Vault?: unknown } | undefined)?.Vault;
    return {
      ...body,
      TotalCount: Number(body.TotalCount ?? 0),
      PageNumber: Number(body.PageNumber ?? query.PageNumber ?? 1),
      PageSize: Number(body.PageSize ?? query.PageSize ?? 10),
      Vaults: { Vault: Array.isArray(vaults) ? vaults : [] },
    } as DescribeVaultsBody;
  }

  async createVault(
    at: Endpoint,
    params: RequestParams,
  ): Promise<CreateVaultBody> {
    return (await this.call(at, 'CreateVault', {
      ...params,
    })) as CreateVaultBody;
  }

  async describeTask(at: Endpoint, taskId: string): Promise<DescribeTaskBody> {
    return (await this.call(at, 'DescribeTask', {
      TaskId: taskId,
    })) as DescribeTaskBody;
  }

  /** One signed RPC call; never retried by the SDK itself. */
  private async call(
    at: Endpoint,
    action: string,
    query: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const params = new this.sdk.Params({
      action,
      version: API_VERSION,
      protocol: at.protocol,
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    const request = new this.sdk.OpenApiRequest({ query: flatten(query) });
    const runtime = {
      autoretry: false,
      maxAttempts: 1,
      readTimeout: this.options.requestTimeoutMs,
      connectTimeout: this.options.requestTimeoutMs,
    };
    let body: Record<string, unknown>;
    try {
      const response = await this.client(at).callApi(params, request, runtime);
      body = (response.body ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw toHbrError(error, this.options.scrubber);
    }
    // A 2xx answer can still report a failure in its body.
    if (body.Success === false) {
      throw new HbrError(
        this.options.scrubber.scrub(String(body.Code ?? 'Failed')),
        this.options.scrubber.scrub(
          String(body.Message ?? 'The service reported a failure.'),
        ),
        'service',
        body.RequestId === undefined ? undefined : String(body.RequestId),
        200,
      );
    }
    return body;
  }

  private client(at: Endpoint): OpenApiClient {
    const key = `${at.protocol}://${at.host}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new this.sdk.default(
        new this.sdk.Config({
          credential: this.credential,
          endpoint: at.host,
          protocol: at.protocol,
          regionId: at.region,
        }),
      );
      this.clients.set(key, client);
    }
    return client;
  }
}

/** The RPC query: strings only, unset values left out. */
function flatten(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    out[key] = String(value);
  }
  return out;
}
