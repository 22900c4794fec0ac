/**
 * A local Cloud Backup (HBR) service for the submit tests: an HTTP server
 * on loopback that speaks the RPC protocol as the official SDK sends it,
 * checks each request's ACS3 signature against a test key, and implements
 * CreateVault, DescribeVaults and DescribeTask with the account quota.
 * Faults can be injected per action: throttling, 5xx answers, a
 * connection dropped before or after the vault is created, slow answers,
 * and 2xx answers that say `Success: false`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import {
  expectedSignature,
  headerValue,
  parseAuthorization,
  type SignedRequest,
  sameSignature,
  sha256Hex,
} from './signature.js';

export const TEST_ACCESS_KEY_ID = 'LTAI5tEmulatorTestKey01';
export const TEST_ACCESS_KEY_SECRET = 'emulator-secret-7f3a9c1e5b2d4068';
export const API_VERSION = '2017-09-08';

export type VaultStatus = 'INITIALIZING' | 'CREATED' | 'ERROR';

export interface EmulatedVault {
  VaultId: string;
  VaultName: string;
  VaultRegionId: string;
  VaultType: string;
  VaultStorageClass: string;
  Status: VaultStatus;
  EncryptType: string;
  KmsKeyId?: string;
  WormEnabled: boolean;
  Replication: boolean;
  Description: string;
  CreatedTime: number;
}

interface EmulatedTask {
  TaskId: string;
  VaultId: string;
  pollsLeft: number;
  fails: boolean;
}

export type FaultKind =
  /** Answer with a throttling code before acting. */
  | 'throttle'
  /** Answer with a 5xx before acting. */
  | 'server-error'
  /** Close the connection before acting. */
  | 'drop-before'
  /** Act, then close the connection without an answer. */
  | 'drop-after'
  /** Act, then answer after `delayMs`. */
  | 'slow'
  /** Answer 200 with `Success: false`, without acting. */
  | 'success-false'
  /** Answer with a client error (`status`, `code`) without acting. */
  | 'reject'
  /** The vault's initialization task fails (Progress -1). */
  | 'task-fails';

export interface Fault {
  action: 'CreateVault' | 'DescribeVaults' | 'DescribeTask';
  kind: FaultKind;
  /** How many matching calls it applies to; default 1. */
  times?: number;
  /** Only calls whose parameters include these values. */
  match?: Record<string, string>;
  code?: string;
  status?: number;
  message?: string;
  delayMs?: number;
}

export interface EmulatorOptions {
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Vaults per account; default 100. */
  quota?: number;
  /** Status polls before a new vault's task completes; default 3. */
  pollsToReady?: number;
}

export interface CallRecord {
  action: string;
  params: Record<string, string>;
  status: number | 'dropped';
  code?: string;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export class HbrEmulator {
  readonly vaults: EmulatedVault[] = [];
  readonly calls: CallRecord[] = [];
  private readonly tasks = new Map<string, EmulatedTask>();
  private readonly faults: Array<Fault & { left: number }> = [];
  private readonly nonces = new Set<string>();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server?: Server;
  port = 0;

  constructor(private readonly options: EmulatorOptions = {}) {}

  /** Starts an emulator on 127.0.0.1 at a free port. */
  static async start(options: EmulatorOptions = {}): Promise<HbrEmulator> {
    const emulator = new HbrEmulator(options);
    await emulator.listen();
    return emulator;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The CreateVault calls that reached the service. */
  get creates(): CallRecord[] {
    return this.calls.filter((c) => c.action === 'CreateVault');
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Adds a vault that already exists, CREATED unless told otherwise. */
  seed(vault: Partial<EmulatedVault> & { VaultName: string }): EmulatedVault {
    const record: EmulatedVault = {
      VaultId: `v-${randomBytes(12).toString('hex')}`,
      VaultRegionId: 'cn-hangzhou',
      VaultType: 'STANDARD',
      VaultStorageClass: 'STANDARD',
      Status: 'CREATED',
      EncryptType: 'HBR_PRIVATE',
      WormEnabled: false,
      Replication: false,
      Description: '',
      CreatedTime: Math.floor(Date.now() / 1000),
      ...vault,
    };
    this.vaults.push(record);
    return record;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => {
      if (!this.server) done();
      else this.server.close(() => done());
    });
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.receive(req, res).catch((error: Error) => {
        this.send(res, 500, fault('InternalError', error.message));
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return new Promise((done) => {
      this.server?.listen(0, '127.0.0.1', () => {
        const address = this.server?.address();
        this.port = typeof address === 'object' && address ? address.port : 0;
        done();
      });
    });
  }

  private async receive(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://emulator');
    const signed: SignedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: [...url.searchParams.entries()],
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    const action = headerValue(signed, 'x-acs-action');
    const params = parameters(signed);
    const record: CallRecord = { action, params, status: 200 };
    this.calls.push(record);

    const refused = this.authenticate(signed);
    if (refused) {
      record.status = refused.status;
      record.code = refused.body.Code as string;
      this.send(res, refused.status, refused.body);
      return;
    }

    const injected = this.takeFault(action, params);
    const answer = await this.answer(action, params, injected, record, res);
    if (!answer) return;
    record.status = answer.status;
    if (answer.status >= 400 || answer.body.Success === false)
      record.code = answer.body.Code as string;
    if (injected?.kind === 'slow') {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.send(res, answer.status, answer.body);
      }, injected.delayMs ?? 1000);
      this.timers.add(timer);
      return;
    }
    this.send(res, answer.status, answer.body);
  }

  /** Runs the action with the injected fault, if any; undefined = dropped. */
  private async answer(
    action: string,
    params: Record<string, string>,
    injected: Fault | undefined,
    record: CallRecord,
    res: ServerResponse,
  ): Promise<Answer | undefined> {
    switch (injected?.kind) {
      case 'throttle':
        return {
          status: injected.status ?? 400,
          body: fault(
            injected.code ?? 'Throttling.User',
            injected.message ?? 'Request was denied due to user flow control.',
          ),
        };
      case 'server-error':
        return {
          status: injected.status ?? 503,
          body: fault(
            injected.code ?? 'ServiceUnavailable',
            injected.message ??
              'The request has failed due to a temporary failure of the server.',
          ),
        };
      case 'reject':
        return {
          status: injected.status ?? 400,
          body: fault(
            injected.code ?? 'BadRequest',
            injected.message ?? 'The request was rejected.',
          ),
        };
      case 'success-false':
        return {
          status: 200,
          body: {
            ...fault(
              injected.code ?? 'InitVaultError',
              injected.message ?? 'Failed to initialize the vault.',
            ),
          },
        };
      case 'drop-before':
        record.status = 'dropped';
        res.socket?.destroy();
        return undefined;
    }
    const answer = this.perform(action, params);
    if (injected?.kind === 'drop-after') {
      record.status = 'dropped';
      res.socket?.destroy();
      return undefined;
    }
    return answer;
  }

  private perform(action: string, params: Record<string, string>): Answer {
    switch (action) {
      case 'CreateVault':
        return this.createVault(params);
      case 'DescribeVaults':
        return this.describeVaults(params);
      case 'DescribeTask':
        return this.describeTask(params);
      default:
        return {
          status: 404,
          body: fault(
            'InvalidAction.NotFound',
            `Specified api "${action}" is not found.`,
          ),
        };
    }
  }

  private authenticate(request: SignedRequest): Answer | undefined {
    const accessKeyId = this.options.accessKeyId ?? TEST_ACCESS_KEY_ID;
    const secret = this.options.accessKeySecret ?? TEST_ACCESS_KEY_SECRET;
    const auth = parseAuthorization(headerValue(request, 'authorization'));
    if (!auth) {
      return {
        status: 400,
        body: fault(
          'IncompleteSignature',
          'The request signature does not conform to Aliyun standards.',
        ),
      };
    }
    if (auth.accessKeyId !== accessKeyId) {
      return {
        status: 404,
        body: fault(
          'InvalidAccessKeyId.NotFound',
          'Specified access key is not found.',
        ),
      };
    }
    const unsigned = Object.keys(request.headers).filter(
      (name) =>
        (name.startsWith('x-acs-') || name === 'host') &&
        !auth.signedHeaders.includes(name),
    );
    if (unsigned.length > 0 || request.method !== 'POST') {
      return signatureMismatch();
    }
    if (
      sha256Hex(request.body) !== headerValue(request, 'x-acs-content-sha256')
    )
      return signatureMismatch();
    const expected = expectedSignature(request, auth.signedHeaders, secret);
    if (!sameSignature(auth.signature, expected)) return signatureMismatch();

    const nonce = headerValue(request, 'x-acs-signature-nonce');
    if (!nonce || this.nonces.has(nonce)) {
      return {
        status: 400,
        body: fault(
          'SignatureNonceUsed',
          'The request signature nonce has been used.',
        ),
      };
    }
    this.nonces.add(nonce);
    if (headerValue(request, 'x-acs-version') !== API_VERSION) {
      return {
        status: 400,
        body: fault(
          'InvalidVersion',
          'Specified parameter Version is not valid.',
        ),
      };
    }
    return undefined;
  }

  private takeFault(
    action: string,
    params: Record<string, string>,
  ): Fault | undefined {
    const found = this.faults.find(
      (f) =>
        f.left > 0 &&
        f.action === action &&
        Object.entries(f.match ?? {}).every(([k, v]) => params[k] === v),
    );
    if (!found) return undefined;
    if (found.kind === 'task-fails') return undefined;
    found.left -= 1;
    return found;
  }

  private createVault(params: Record<string, string>): Answer {
    for (const name of ['VaultRegionId', 'VaultName']) {
      if (!params[name]) {
        return {
          status: 400,
          body: fault(
            `MissingParameter`,
            `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
          ),
        };
      }
    }
    if (params.EncryptType === 'KMS' && !params.KmsKeyId) {
      return {
        status: 400,
        body: fault(
          'BadRequest',
          'KmsKeyId is required when EncryptType is KMS.',
        ),
      };
    }
    const quota = this.options.quota ?? 100;
    if (this.vaults.length >= quota) {
      return {
        status: 400,
        body: fault(
          'VaultQuotaExceeded',
          `The number of vaults exceeds the limit of ${quota}.`,
        ),
      };
    }
    const vault = this.seed({
      VaultName: params.VaultName,
      VaultRegionId: params.VaultRegionId,
      VaultType: params.VaultType ?? 'STANDARD',
      VaultStorageClass: params.VaultStorageClass ?? 'STANDARD',
      EncryptType: params.EncryptType ?? 'HBR_PRIVATE',
      KmsKeyId: params.KmsKeyId,
      WormEnabled: params.WormEnabled === 'true',
      Replication: params.Replication === 'true',
      Description: params.Description ?? '',
      Status: 'INITIALIZING',
    });
    const task: EmulatedTask = {
      TaskId: `t-${randomBytes(12).toString('hex')}`,
      VaultId: vault.VaultId,
      pollsLeft: this.options.pollsToReady ?? 3,
      fails: this.consumeTaskFailure(params),
    };
    this.tasks.set(task.TaskId, task);
    return {
      status: 200,
      body: {
        ...ok(),
        VaultId: vault.VaultId,
        TaskId: task.TaskId,
      },
    };
  }

  private consumeTaskFailure(params: Record<string, string>): boolean {
    const found = this.faults.find(
      (f) =>
        f.left > 0 &&
        f.kind === 'task-fails' &&
        Object.entries(f.match ?? {}).every(([k, v]) => params[k] === v),
    );
    if (!found) return false;
    found.left -= 1;
    return true;
  }

  private describeVaults(params: Record<string, string>): Answer {
    const pageNumber = Number(params.PageNumber ?? '1');
    const pageSize = Number(params.PageSize ?? '10');
    if (
      !Number.isInteger(pageSize) ||
      pageSize < 1 ||
      pageSize > 99 ||
      !Number.isInteger(pageNumber) ||
      pageNumber < 1
    ) {
      return {
        status: 400,
        body: fault(
          'InvalidParameter',
          'PageSize must be 1 to 99 and PageNumber at least 1.',
        ),
      };
    }
    if (params.VaultId) {
      const task = [...this.tasks.values()].find(
        (t) => t.VaultId === params.VaultId,
      );
      if (task) this.advance(task);
    }
    const filters: Array<keyof EmulatedVault> = [
      'VaultRegionId',
      'VaultName',
      'VaultId',
      'VaultType',
      'Status',
    ];
    const matching = this.vaults.filter((vault) =>
      filters.every(
        (key) => !params[key] || String(vault[key]) === params[key],
      ),
    );
    const page = matching.slice(
      (pageNumber - 1) * pageSize,
      pageNumber * pageSize,
    );
    return {
      status: 200,
      body: {
        ...ok(),
        TotalCount: matching.length,
        PageNumber: pageNumber,
        PageSize: pageSize,
        Vaults: { Vault: page.map((vault) => ({ ...vault })) },
      },
    };
  }

  private describeTask(params: Record<string, string>): Answer {
    const task = this.tasks.get(params.TaskId ?? '');
    if (!task) {
      return {
        status: 400,
        body: fault('TaskNotFound', `Task "${params.TaskId}" does not exist.`),
      };
    }
    this.advance(task);
    const total = this.options.pollsToReady ?? 3;
    const done = task.pollsLeft === 0;
    const progress = task.fails
      ? done
        ? -1
        : 0
      : Math.round(((total - task.pollsLeft) / Math.max(total, 1)) * 100);
    return {
      status: 200,
      body: {
        ...ok(),
        Description: done ? 'completed' : 'created',
        Progress: progress,
        Result: JSON.stringify(
          task.fails && done ? { code: 'InitVaultError' } : {},
        ),
        CompletedTime: done ? Math.floor(Date.now() / 1000) : 0,
      },
    };
  }

  /** One status poll brings the vault's initialization a step closer. */
  private advance(task: EmulatedTask): void {
    if (task.pollsLeft > 0) task.pollsLeft -= 1;
    if (task.pollsLeft > 0) return;
    const vault = this.vaults.find((v) => v.VaultId === task.VaultId);
    if (vault && vault.Status === 'INITIALIZING')
      vault.Status = task.fails ? 'ERROR' : 'CREATED';
  }

  private send(
    res: ServerResponse,
    status: number,
    body: Record<string, unknown>,
  ): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}

/** Query parameters and a form or JSON body, merged as the service does. */
function parameters(request: SignedRequest): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(request.query);
  const type = headerValue(request, 'content-type');
  const text = request.body.toString('utf8');
  if (!text) return params;
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) params[k] = v;
  } else if (type.startsWith('application/json')) {
    for (const [k, v] of Object.entries(JSON.parse(text) as object))
      params[k] = String(v);
  }
  return params;
}

function ok(): Record<string, unknown> {
  return {
    RequestId: randomUUID().toUpperCase(),
    Success: true,
    Code: '200',
    Message: 'successful',
  };
}

function fault(code: string, message: string): Record<string, unknown> {
  return {
    RequestId: randomUUID().toUpperCase(),
    Success: false,
    Code: code,
    Message: message,
  };
}

function signatureMismatch(): Answer {
  return {
    status: 400,
    body: fault(
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation.',
    ),
  };
}
