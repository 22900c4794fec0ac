import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  ConfigError,
  ConfigResolver,
  UsageError,
  lint,
  regions_default
} from "./chunk-IRFPGHGI.js";
import "./chunk-HJCEFN4A.js";
import "./chunk-AZU6UJ5O.js";
import "./chunk-5AGVFYPG.js";
import "./chunk-7LRMOCJE.js";
import "./chunk-OQR5B7IZ.js";
import "./chunk-6SQFYNWU.js";

// src/submit/run.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";

// src/submit/endpoint.ts
function resolveEndpoint(region, override) {
  if (!override)
    return { region, host: `hbr.${region}.aliyuncs.com`, protocol: "HTTPS" };
  let text = override.split("{region}").join(region), match = /^(https?):\/\/([^/?#]+)\/?$/i.exec(text);
  return match ? {
    region,
    host: match[2],
    protocol: match[1].toLowerCase() === "http" ? "HTTP" : "HTTPS"
  } : { region, host: text.replace(/\/+$/, ""), protocol: "HTTPS" };
}
function endpointProblem(override) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(override) && !/^https?:\/\//i.test(override))
    return "expected http://, https:// or a bare host";
  let { host } = resolveEndpoint("cn-hangzhou", override);
  if (!host || /[\s/?#@]/.test(host))
    return "expected a host with an optional port, such as hbr-vpc.{region}.aliyuncs.com or http://127.0.0.1:8080";
}

// src/submit/errors.ts
var MASK = "********", HbrError = class extends Error {
  constructor(code, message, kind, requestId, statusCode) {
    super(message);
    this.code = code;
    this.kind = kind;
    this.requestId = requestId;
    this.statusCode = statusCode;
    this.name = "HbrError";
  }
  code;
  kind;
  requestId;
  statusCode;
}, CredentialsError = class extends Error {
  constructor(message) {
    super(message), this.name = "CredentialsError";
  }
};
function isThrottling(code) {
  return code.startsWith("Throttling") || code === "Rejected.Throttling";
}
var Scrubber = class {
  secrets = /* @__PURE__ */ new Set();
  add(value) {
    value && value.length >= 4 && this.secrets.add(value);
  }
  scrub(text) {
    let out = text.replace(/(Signature=)[^,\s"&]+/gi, `$1${MASK}`).replace(/(Credential=)[^,\s"&]+/gi, `$1${MASK}`).replace(/(ACS3-[A-Z0-9-]+ )[^\s"]+/g, `$1${MASK}`).replace(/(https?:\/\/[^\s?"]+)\?[^\s"]*/g, "$1");
    for (let secret of this.secrets) out = out.split(secret).join(MASK);
    return out;
  }
};
function toHbrError(error, scrubber) {
  if (error instanceof HbrError) return error;
  let e = error ?? {}, data = e.data && typeof e.data == "object" ? e.data : void 0, status = Number(data?.statusCode ?? e.statusCode);
  if (data && Number.isFinite(status) && status > 0) {
    let code2 = String(data.Code ?? data.code ?? e.code ?? `HTTP${status}`), message = String(data.Message ?? data.message ?? ""), requestId = data.RequestId ?? data.requestId;
    return new HbrError(
      scrubber.scrub(code2),
      scrubber.scrub(message || `The service answered HTTP ${status}.`),
      "service",
      requestId === void 0 ? void 0 : String(requestId),
      status
    );
  }
  let raw = typeof e.message == "string" ? e.message : String(error), code = typeof e.code == "string" && e.code ? e.code : e.name === "RequestTimeoutError" || /timeout/i.test(raw) ? "Timeout" : "NetworkError", firstLine2 = raw.split(`
`)[0] || "The call failed without an answer.";
  return new HbrError(code, scrubber.scrub(firstLine2), "network");
}

// src/submit/client.ts
var API_VERSION = "2017-09-08";
function interop(mod) {
  let ns = mod, exported = ns.default && typeof ns.default == "object" ? ns.default : ns;
  return { ...exported, default: exported.default ?? ns.default };
}
async function createHbrClient(options) {
  let credentialsModule = interop(await import("@alicloud/credentials")), openapi = interop(
    await import("@alicloud/openapi-client")
  ), credential = new credentialsModule.default();
  try {
    let found = await credential.getCredential();
    if (options.scrubber.add(found.accessKeyId), options.scrubber.add(found.accessKeySecret), options.scrubber.add(found.securityToken), !found.accessKeyId) throw new Error("The chain gave no access key.");
  } catch (error) {
    throw new CredentialsError(
      `No Alibaba Cloud credentials found: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), a profile in ~/.aliyun/config.json, or an instance role (${options.scrubber.scrub(
        firstLine(error)
      )}).`
    );
  }
  return new SdkHbrClient(openapi, credential, options);
}
var SdkHbrClient = class {
  constructor(sdk, credential, options) {
    this.sdk = sdk;
    this.credential = credential;
    this.options = options;
  }
  sdk;
  credential;
  options;
  clients = /* @__PURE__ */ new Map();
  async describeVaults(at, query) {
    let body = await this.call(at, "DescribeVaults", {
      VaultRegionId: at.region,
      ...query
    }), vaults = body.Vaults?.Vault;
    return {
      ...body,
      TotalCount: Number(body.TotalCount ?? 0),
      PageNumber: Number(body.PageNumber ?? query.PageNumber ?? 1),
      PageSize: Number(body.PageSize ?? query.PageSize ?? 10),
      Vaults: { Vault: Array.isArray(vaults) ? vaults : [] }
    };
  }
  async createVault(at, params) {
    return await this.call(at, "CreateVault", {
      ...params
    });
  }
  async describeTask(at, taskId) {
    return await this.call(at, "DescribeTask", {
      TaskId: taskId
    });
  }
  /** One signed RPC call; never retried by the SDK itself. */
  async call(at, action, query) {
    let params = new this.sdk.Params({
      action,
      version: API_VERSION,
      protocol: at.protocol,
      pathname: "/",
      method: "POST",
      authType: "AK",
      style: "RPC",
      reqBodyType: "formData",
      bodyType: "json"
    }), request = new this.sdk.OpenApiRequest({ query: flatten(query) }), runtime = {
      autoretry: !1,
      maxAttempts: 1,
      readTimeout: this.options.requestTimeoutMs,
      connectTimeout: this.options.requestTimeoutMs
    }, body;
    try {
      body = (await this.client(at).callApi(params, request, runtime)).body ?? {};
    } catch (error) {
      throw toHbrError(error, this.options.scrubber);
    }
    if (body.Success === !1)
      throw new HbrError(
        this.options.scrubber.scrub(String(body.Code ?? "Failed")),
        this.options.scrubber.scrub(
          String(body.Message ?? "The service reported a failure.")
        ),
        "service",
        body.RequestId === void 0 ? void 0 : String(body.RequestId),
        200
      );
    return body;
  }
  client(at) {
    let key = `${at.protocol}://${at.host}`, client = this.clients.get(key);
    return client || (client = new this.sdk.default(
      new this.sdk.Config({
        credential: this.credential,
        endpoint: at.host,
        protocol: at.protocol,
        regionId: at.region
      })
    ), this.clients.set(key, client)), client;
  }
};
function flatten(query) {
  let out = {};
  for (let [key, value] of Object.entries(query))
    value != null && (out[key] = String(value));
  return out;
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split(`
`)[0];
}

// src/submit/retry.ts
var DEFAULT_BACKOFF = {
  baseMs: 500,
  maxMs: 8e3,
  budgetMs: 6e4
}, sleep = (ms) => new Promise((done) => setTimeout(done, ms));
function readIsRetryable(error) {
  return isThrottling(error.code) || error.kind === "network" || error.statusCode !== void 0 && error.statusCode >= 500;
}
function createIsRetryable(error) {
  return isThrottling(error.code);
}
async function withBackoff(attempt, retryable, backoff, onRetry) {
  let started = Date.now();
  for (let tries = 0; ; tries++)
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof HbrError) || !retryable(error)) throw error;
      let ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** tries), delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
      if (Date.now() - started + delay > backoff.budgetMs) throw error;
      onRetry?.(error, delay), await sleep(delay);
    }
}

// src/submit/plan.ts
var PAGE_SIZE = 99;
async function listVaults(api, at, backoff) {
  let pages = [], vaults = [];
  for (let page = 1; ; page++) {
    let body = await withBackoff(
      () => api.describeVaults(at, { PageNumber: page, PageSize: PAGE_SIZE }),
      readIsRetryable,
      backoff
    );
    if (pages.push(body), vaults.push(...body.Vaults.Vault), body.Vaults.Vault.length < PAGE_SIZE || vaults.length >= body.TotalCount) return { vaults, pages };
  }
}
async function listRegions(api, jobs, backoff) {
  let listings = /* @__PURE__ */ new Map();
  for (let job of jobs) {
    let key = endpointKey(job.endpoint);
    listings.has(key) || listings.set(key, { endpoint: job.endpoint });
  }
  return await Promise.all(
    [...listings.values()].map(async (listing) => {
      try {
        let { vaults, pages } = await listVaults(
          api,
          listing.endpoint,
          backoff
        );
        listing.vaults = vaults, listing.totalCount = Math.max(pages[0]?.TotalCount ?? 0, vaults.length), listing.requestId = pages[0]?.RequestId;
      } catch (error) {
        listing.error = asHbrError(error);
      }
    })
  ), listings;
}
function endpointKey(at) {
  return `${at.protocol}://${at.host}#${at.region}`;
}
function matchExisting(jobs, listings) {
  let seen = /* @__PURE__ */ new Map();
  for (let job of jobs) {
    let listing = listings.get(endpointKey(job.endpoint));
    if (listing?.error) {
      fail(job, errorOf(listing.error), [
        `Could not list the vaults of ${job.endpoint.region}, so nothing was created.`
      ]);
      continue;
    }
    let key = `${job.request.region}/${job.request.vaultName}`, first = seen.get(key);
    if (first) {
      job.result.action = "refused", job.result.error = {
        code: "DuplicateRequest",
        message: `Refused: ${first.result.file} (document ${first.result.document}) already requests vault "${job.request.vaultName}" in ${job.request.region}.`
      };
      continue;
    }
    seen.set(key, job);
    let same = (listing?.vaults ?? []).filter((v) => v.VaultName === job.request.vaultName).sort((a, b) => (a.CreatedTime ?? 0) - (b.CreatedTime ?? 0));
    if (same.length === 0) continue;
    let vault = same[0];
    job.result.action = "exists", job.result.vaultId = vault.VaultId, job.result.status = vault.Status, job.result.requestId = listing?.requestId;
    let warnings = differences(job.request, vault);
    same.length > 1 && warnings.push(
      `${same.length} vaults named "${vault.VaultName}" exist in ${vault.VaultRegionId}; reporting the oldest.`
    ), warnings.length && (job.result.warnings = warnings);
  }
}
function differences(request, vault) {
  let out = [], params = request.params, compare2 = (key, fallback) => {
    let wanted = params[key];
    if (wanted === void 0) return;
    let actual = vault[key] ?? fallback;
    actual !== wanted && out.push(
      `Existing vault ${vault.VaultId} has ${key} ${actual === void 0 ? "unset" : `"${actual}"`}; the request asks for "${wanted}".`
    );
  };
  return compare2("VaultType"), compare2("EncryptType"), compare2("KmsKeyId"), params.WormEnabled !== void 0 && params.WormEnabled !== !!vault.WormEnabled && out.push(
    `Existing vault ${vault.VaultId} has WormEnabled ${!!vault.WormEnabled}; the request asks for ${params.WormEnabled}.`
  ), out;
}
async function checkQuotas(api, creating, listings, backoff) {
  let groups = quotaGroups(creating), counts = /* @__PURE__ */ new Map(), count = (at) => {
    let key = endpointKey(at), listed = listings.get(key);
    if (listed?.totalCount !== void 0)
      return Promise.resolve(listed.totalCount);
    if (listed?.error) return Promise.reject(listed.error);
    let pending = counts.get(key);
    return pending || (pending = withBackoff(
      () => api.describeVaults(at, { PageNumber: 1, PageSize: 1 }),
      readIsRetryable,
      backoff
    ).then((body) => body.TotalCount), counts.set(key, pending)), pending;
  }, checks = [], failure;
  return await Promise.all(
    groups.map(async (group) => {
      let totals = await Promise.all(
        group.regions.map(
          (at) => count(at).catch((error) => (failure ??= { region: at.region, error: asHbrError(error) }, 0))
        )
      );
      checks.push({
        account: group.account.name,
        scope: group.account.scope,
        ...group.region ? { region: group.region } : {},
        quota: group.account.quota,
        live: totals.reduce((a, b) => a + b, 0),
        creating: group.creating.length,
        regions: group.regions.length
      });
    })
  ), checks.sort(
    (a, b) => compare(a.account, b.account) || compare(a.region ?? "", b.region ?? "")
  ), { checks, ...failure ? { error: failure } : {} };
}
function quotaGroups(creating) {
  let groups = /* @__PURE__ */ new Map();
  for (let job of creating) {
    let { account } = job, region = account.scope === "region" ? job.endpoint.region : void 0, key = `${account.name}\0${region ?? ""}`, group = groups.get(key);
    if (!group) {
      let regions = account.scope === "region" ? [job.endpoint.region] : account.regions;
      group = {
        account,
        region,
        creating: [],
        regions: regions.map(
          (r) => resolveEndpoint(r, account.endpointOverride)
        )
      }, groups.set(key, group);
    }
    group.creating.push(job);
  }
  return [...groups.values()];
}
function overQuota(checks) {
  return checks.filter((c) => c.live + c.creating > c.quota);
}
function describeQuota(check) {
  let where = check.scope === "region" ? `in ${check.region}` : `over ${check.regions} region${check.regions === 1 ? "" : "s"}`;
  return `account "${check.account}" holds ${check.live} vault${check.live === 1 ? "" : "s"} ${where}; creating ${check.creating} more would pass its quota of ${check.quota}`;
}
function fail(job, error, notes2) {
  job.result.action = "failed", job.result.error = error, notes2?.length && (job.result.notes = [...job.result.notes ?? [], ...notes2]);
}
function errorOf(error) {
  return {
    code: error.code,
    message: error.message,
    ...error.requestId ? { requestId: error.requestId } : {}
  };
}
function asHbrError(error) {
  if (error instanceof HbrError) return error;
  let message = error instanceof Error ? error.message : String(error);
  return new HbrError("InternalError", message.split(`
`)[0], "network");
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/submit/inventory.ts
async function takeInventory(options) {
  let api = options.client ?? await createHbrClient({
    scrubber: options.scrubber ?? new Scrubber(),
    requestTimeoutMs: options.requestTimeoutMs ?? 3e4
  }), byRegion = await Promise.all(
    options.regions.map(async (region) => {
      try {
        let { pages } = await listVaults(
          api,
          resolveEndpoint(region, options.endpoint),
          options.backoff ?? DEFAULT_BACKOFF
        );
        return { region, pages };
      } catch (error) {
        return { region, error: asHbrError(error) };
      }
    })
  ), inventory = { pages: [], errors: [] };
  for (let entry of byRegion)
    entry.error ? inventory.errors.push(entry) : inventory.pages.push(
      ...(entry.pages ?? []).filter((p) => p.Vaults.Vault.length > 0)
    );
  return inventory;
}

// src/submit/progress.ts
function lineProgress(write) {
  let labels = /* @__PURE__ */ new Map(), last = /* @__PURE__ */ new Map();
  return {
    start(id, label) {
      labels.set(id, label), write(`Waiting for ${label}.
`);
    },
    update(id, percent, stage) {
      let text = stage === "task" ? `initialization ${percent}%` : stage;
      last.get(id) !== text && (last.set(id, text), write(`${labels.get(id)}: ${text}.
`));
    },
    finish(id, outcome) {
      last.get(id) !== outcome && write(`${labels.get(id)}: ${outcome}.
`);
    },
    stop() {
    }
  };
}
async function barProgress(stream) {
  let { default: progress } = await import("./cli-progress-4DAEZOD5.js"), bars = new progress.MultiBar(
    {
      stream,
      format: " {bar} {percentage}% | {label} | {stage}",
      hideCursor: !0,
      clearOnComplete: !1,
      stopOnComplete: !1,
      barsize: 24
    },
    progress.Presets.shades_classic
  ), byId = /* @__PURE__ */ new Map();
  return {
    start(id, label) {
      byId.set(id, bars.create(100, 0, { label, stage: "starting" }));
    },
    update(id, percent, stage) {
      byId.get(id)?.update(percent, { stage });
    },
    finish(id, outcome) {
      let bar = byId.get(id);
      bar && (bar.update(outcome === "CREATED" ? 100 : bar.getProgress() * 100, {
        stage: outcome
      }), bar.stop());
    },
    stop() {
      bars.stop();
    }
  };
}

// src/submit/regions.ts
var HBR_REGIONS_AS_OF = regions_default.updated, HBR_REGIONS = regions_default.supported;

// src/submit/report.ts
var HEADINGS = ["REQUEST", "VAULT", "REGION", "ACTION", "VAULT ID", "STATUS"];
function formatTable(report) {
  if (report.results.length === 0) return `No requests to submit.
`;
  let rows = report.results.map((r) => [
    `${r.file}${r.document > 1 ? `#${r.document}` : ""}`,
    r.vaultName ?? "-",
    r.region ?? "-",
    r.action,
    r.vaultId ?? "-",
    r.status ?? "-"
  ]), widths = HEADINGS.map(
    (h, i) => Math.max(h.length, ...rows.map((row) => row[i].length))
  ), line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd(), out = [line(HEADINGS)];
  return report.results.forEach((result, index) => {
    out.push(line(rows[index]));
    for (let note of notes(result)) out.push(`  ${note}`);
  }), out.push("", ...report.quota.map(quotaLine), summaryLine(report)), `${out.join(`
`)}
`;
}
function notes(result) {
  let out = [];
  if (result.error) {
    let id = result.error.requestId ? ` (request id ${result.error.requestId})` : "";
    out.push(`${result.error.code}: ${result.error.message}${id}`);
  }
  for (let warning of result.warnings ?? []) out.push(`warning: ${warning}`);
  for (let note of result.notes ?? []) out.push(`note: ${note}`);
  return out;
}
function quotaLine(check) {
  let where = check.scope === "region" ? `region ${check.region}` : `${check.regions} regions`;
  return `Quota of account "${check.account}" (${where}): ${check.live} existing + ${check.creating} new of ${check.quota}.`;
}
function summaryLine(report) {
  let s = report.summary, parts = report.dryRun ? [`${s.planned} to create`, `${s.exists} existing`] : [`${s.created} created`, `${s.exists} existing`];
  parts.push(`${s.refused} refused`, `${s.failed} failed`);
  let tail = report.dryRun ? " Dry run: nothing was created." : "";
  return `${parts.join(", ")}.${tail}`;
}
function toJson(report) {
  let results = report.results.map((r) => ({
    file: r.file,
    document: r.document,
    vaultName: r.vaultName ?? null,
    region: r.region ?? null,
    account: r.account ?? null,
    action: r.action,
    vaultId: r.vaultId ?? null,
    taskId: r.taskId ?? null,
    requestId: r.requestId ?? r.error?.requestId ?? null,
    status: r.status ?? null,
    error: r.error ? { code: r.error.code, message: r.error.message } : null,
    warnings: r.warnings ?? [],
    notes: r.notes ?? []
  }));
  return `${JSON.stringify(
    {
      dryRun: report.dryRun,
      results,
      summary: report.summary,
      quota: report.quota
    },
    null,
    2
  )}
`;
}

// src/submit/submit.ts
import { resolve } from "node:path";

// src/submit/apply.ts
async function createAll(api, jobs, options) {
  let queue = [...jobs], worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      await createOnce(api, job, options);
  };
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency) }, worker)
  );
}
async function createOnce(api, job, options) {
  let name = job.request.vaultName;
  try {
    let body = await withBackoff(
      () => api.createVault(job.endpoint, job.request.params),
      createIsRetryable,
      options.backoff,
      (error, delay) => options.log?.(
        `CreateVault "${name}" throttled (${error.code}); retrying in ${delay} ms.`
      )
    );
    if (!body.VaultId) {
      await resolveUnknown(api, job, options, void 0, body.RequestId);
      return;
    }
    job.result.action = "created", job.result.vaultId = body.VaultId, job.result.taskId = body.TaskId, job.result.requestId = body.RequestId, job.result.status = "INITIALIZING";
  } catch (caught) {
    let error = asHbrError(caught);
    if (isThrottling(error.code)) {
      fail(job, errorOf(error), [
        "CreateVault was throttled until the retry budget ran out; nothing was created."
      ]);
      return;
    }
    await resolveUnknown(api, job, options, error);
  }
}
async function resolveUnknown(api, job, options, error, requestId) {
  let what = error ? `CreateVault failed (${error.code})` : "CreateVault answered without a VaultId", found;
  try {
    found = await lookUp(api, job, options.backoff), found || (await sleep(options.pollIntervalMs), found = await lookUp(api, job, options.backoff));
  } catch (caught) {
    let lookup = asHbrError(caught);
    fail(job, errorOf(error ?? lookup), [
      `${what} and looking the vault up failed too (${lookup.code}); the outcome is unknown. Running submit again is safe: it looks the name up before creating.`
    ]);
    return;
  }
  if (found) {
    job.result.action = "created", job.result.vaultId = found.VaultId, job.result.status = found.Status, job.result.requestId = error?.requestId ?? requestId, job.result.notes = [
      ...job.result.notes ?? [],
      `${what}, but the vault was found by name afterwards; the create was not sent again.`
    ];
    return;
  }
  fail(
    job,
    error ? errorOf(error) : {
      code: "MissingVaultId",
      message: "CreateVault answered without a VaultId.",
      ...requestId ? { requestId } : {}
    },
    error?.kind === "network" || (error?.statusCode ?? 0) >= 500 ? [
      "The vault was not found by name afterwards; the create was not sent again."
    ] : void 0
  );
}
async function lookUp(api, job, backoff) {
  return (await withBackoff(
    () => api.describeVaults(job.endpoint, {
      VaultName: job.request.vaultName,
      PageNumber: 1,
      PageSize: 99
    }),
    readIsRetryable,
    backoff
  )).Vaults.Vault.filter(
    (v) => v.VaultName === job.request.vaultName && (v.VaultRegionId === void 0 || v.VaultRegionId === job.request.region)
  ).sort((a, b) => (b.CreatedTime ?? 0) - (a.CreatedTime ?? 0))[0];
}

// src/submit/wait.ts
var TASK_ENDED = /* @__PURE__ */ new Set(["cancelled", "expired"]);
async function waitAll(api, jobs, options) {
  let progress = options.progress;
  try {
    await Promise.all(
      jobs.map(async (job, index) => {
        let id = String(index);
        progress?.start(id, `${job.request.vaultName} (${job.request.region})`);
        try {
          await follow(api, job, options, id);
        } catch (caught) {
          fail(job, errorOf(asHbrError(caught)), [
            "Following the vault failed; it was created, and its status is unknown."
          ]);
        }
        progress?.finish(id, job.result.status ?? job.result.action);
      })
    );
  } finally {
    progress?.stop();
  }
}
async function follow(api, job, options, id) {
  let deadline = Date.now() + job.timeoutMs, read = (call) => withBackoff(call, readIsRetryable, options.backoff), taskId = job.result.taskId;
  for (; taskId; ) {
    let task = await read(() => api.describeTask(job.endpoint, taskId)), state = String(task.Description ?? ""), percent = Number(task.Progress ?? 0);
    if (percent === -1 || TASK_ENDED.has(state)) {
      fail(job, {
        code: "InitVaultError",
        message: `The vault's initialization task ${taskId} ended ${percent === -1 ? "with a failure" : state}${task.Result ? `: ${task.Result}` : ""}.`,
        ...task.RequestId ? { requestId: task.RequestId } : {}
      });
      return;
    }
    if (options.progress?.update(id, Math.max(0, percent), "task"), state === "completed") break;
    if (!await pause(deadline, options.pollIntervalMs)) {
      timedOut(job);
      return;
    }
  }
  let vaultId = job.result.vaultId;
  for (; ; ) {
    let body = await read(
      () => api.describeVaults(job.endpoint, {
        VaultId: vaultId,
        PageNumber: 1,
        PageSize: 1
      })
    ), vault = body.Vaults.Vault.find((v) => v.VaultId === vaultId);
    if (vault?.Status && (job.result.status = vault.Status), vault?.Status === "CREATED") {
      options.progress?.update(id, 100, "CREATED");
      return;
    }
    if (vault?.Status === "ERROR") {
      fail(job, {
        code: "VaultError",
        message: `Vault ${vaultId} ended in status ERROR.`,
        ...body.RequestId ? { requestId: body.RequestId } : {}
      });
      return;
    }
    if (options.progress?.update(id, taskId ? 100 : 50, vault?.Status ?? "pending"), !await pause(deadline, options.pollIntervalMs)) {
      timedOut(job);
      return;
    }
  }
}
async function pause(deadline, intervalMs) {
  return Date.now() + intervalMs > deadline ? !1 : (await sleep(intervalMs), !0);
}
function timedOut(job) {
  let seconds = Math.round(job.timeoutMs / 1e3);
  fail(job, {
    code: "WaitTimeout",
    message: `Vault ${job.result.vaultId} was not CREATED within ${seconds} s (status ${job.result.status ?? "unknown"}); it exists and may still become ready.`
  });
}

// src/submit/submit.ts
var DEFAULT_TUNING = {
  backoff: DEFAULT_BACKOFF,
  pollIntervalMs: 3e3,
  requestTimeoutMs: 3e4,
  concurrency: 4
};
async function submitRequests(results, options) {
  let tuning = { ...DEFAULT_TUNING, ...options.tuning }, jobs = await makeJobs(results, options), candidates = oneAccount(
    refuse(jobs, results, !!options.partial)
  ), report = (quota2 = []) => buildReport(jobs, !!options.dryRun, quota2);
  if (candidates.length === 0) return report();
  let scrubber = options.scrubber ?? new Scrubber(), api = options.client ?? await createHbrClient({
    scrubber,
    requestTimeoutMs: tuning.requestTimeoutMs
  }), listings = await listRegions(api, candidates, tuning.backoff);
  matchExisting(candidates, listings);
  let creating = candidates.filter((j) => j.result.action === "create"), listingFailed = candidates.find((j) => j.result.action === "failed");
  if (listingFailed)
    return stop(creating, "failed", {
      code: listingFailed.result.error?.code ?? "PlanFailed",
      message: `Not created: listing the vaults of ${listingFailed.endpoint.region} failed, so the plan is incomplete.`
    }), report();
  if (creating.length === 0) return report();
  let quota = await checkQuotas(api, creating, listings, tuning.backoff);
  if (quota.error)
    return stop(creating, "failed", {
      ...errorOf(quota.error.error),
      message: `Not created: counting the vaults of ${quota.error.region} for the quota failed: ${quota.error.error.message}`
    }), report(quota.checks);
  let over = overQuota(quota.checks);
  if (over.length > 0) {
    let figures = over.map(describeQuota).join("; ");
    return stop(creating, "refused", {
      code: "QuotaExceeded",
      message: `Not created: ${figures}.`
    }), report(quota.checks);
  }
  if (options.dryRun) return report(quota.checks);
  if (await createAll(api, creating, {
    backoff: tuning.backoff,
    pollIntervalMs: tuning.pollIntervalMs,
    concurrency: tuning.concurrency,
    log: options.log
  }), options.wait) {
    let created = creating.filter(
      (j) => j.result.action === "created" && j.result.status !== "CREATED"
    );
    await waitAll(api, created, {
      backoff: tuning.backoff,
      pollIntervalMs: tuning.pollIntervalMs,
      progress: options.progress
    });
  }
  return report(quota.checks);
}
function submitExitCode(report) {
  return report.results.every(
    (r) => report.dryRun ? r.action === "create" || r.action === "exists" : r.action === "created" || r.action === "exists"
  ) ? 0 : 1;
}
async function makeJobs(results, options) {
  let configs = new ConfigResolver(options.cwd, options.config), requests = options.account ? results.requests.filter((r) => r.account === options.account) : results.requests, governing = await Promise.all(
    requests.map((r) => configs.forFile(resolve(options.cwd, r.file)))
  );
  return requests.map((request, index) => {
    let config = governing[index], override = options.endpoint ?? config.submit.endpoint, region = request.region ?? "", result = {
      file: request.file,
      document: request.document,
      ...request.vaultName !== void 0 ? { vaultName: request.vaultName } : {},
      ...request.region !== void 0 ? { region: request.region } : {},
      ...request.account !== void 0 ? { account: request.account } : {},
      action: "create"
    }, seconds = options.timeoutSeconds ?? config.submit.timeout;
    return {
      request,
      result,
      endpoint: resolveEndpoint(region, override),
      account: accountSettings(config, request, override),
      timeoutMs: seconds * 1e3
    };
  });
}
function accountSettings(config, request, endpointOverride) {
  let name = request.account ?? "default", found = config.accounts.find((a) => a.name === name), regions = /* @__PURE__ */ new Set([...HBR_REGIONS, ...config.regions.supported]);
  return request.region && regions.add(request.region), {
    name,
    quota: found?.quota ?? 100,
    scope: found?.scope ?? "account",
    regions: [...regions],
    endpointOverride
  };
}
function refuse(jobs, results, partial) {
  let errors = results.summary.errors, candidates = [];
  for (let job of jobs) {
    let { request, result } = job;
    if (request.blocked)
      result.action = "refused", result.error = {
        code: "CredentialsInRequest",
        message: "Refused: the request holds credentials; remove them and rotate the key."
      };
    else if (request.approved)
      errors > 0 && !partial ? (result.action = "refused", result.error = {
        code: "LintErrorsElsewhere",
        message: `Not submitted: ${plural(errors, "lint error")} in this run refuse the whole run; fix them, or use --partial to submit the approved requests.`
      }) : !request.region || !request.vaultName ? (result.action = "refused", result.error = {
        code: "LintErrors",
        message: "Refused: the request names no VaultRegionId or VaultName."
      }) : candidates.push(job);
    else {
      let own = errorFindings(results, request), first = own[0];
      result.action = "refused", result.error = {
        code: "LintErrors",
        message: first ? `Refused: ${plural(own.length, "lint error")}; first at ${first.range.start.line}:${first.range.start.column}: ${first.message} (${first.ruleId})` : "Refused: the request has lint errors."
      };
    }
  }
  return candidates;
}
function oneAccount(candidates) {
  let names = [...new Set(candidates.map((j) => j.account.name))].sort();
  return names.length < 2 ? candidates : (stop(candidates, "refused", {
    code: "MixedAccounts",
    message: `Not submitted: this run holds requests of accounts ${names.map((n) => `"${n}"`).join(", ")}, and one run uses one set of credentials; submit each account on its own with --account NAME.`
  }), []);
}
function errorFindings(results, request) {
  return (results.files.find((f) => f.file === request.file)?.findings ?? []).filter(
    (f) => f.severity === "error" && !f.suppressed && (f.document === request.document || f.document === void 0)
  );
}
function stop(jobs, action, error) {
  for (let job of jobs)
    action === "failed" ? fail(job, error) : (job.result.action = "refused", job.result.error = error);
}
function buildReport(jobs, dryRun, quota) {
  let results = jobs.map((j) => j.result), summary = {
    requests: results.length,
    created: 0,
    exists: 0,
    refused: 0,
    failed: 0,
    planned: 0
  };
  for (let r of results)
    r.action === "create" ? summary.planned += 1 : summary[r.action] += 1;
  return { dryRun, results, summary, quota };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/submit/run.ts
var EXIT_USAGE = 2;
async function runSubmit(paths, flags, io) {
  checkEndpoint(flags.endpoint);
  let results = await lint(paths.length ? paths : ["."], {
    cwd: io.cwd,
    config: flags.config
  }), scrubber = new Scrubber();
  if (io.stdout.write(lintErrors(results)), flags.account && !results.requests.some((r) => r.account === flags.account)) {
    let known = [...new Set(results.requests.map((r) => r.account))];
    throw new UsageError(
      `Unexpected --account "${flags.account}": no request belongs to it; the requests belong to ${known.map((n) => `"${n}"`).join(", ") || "no account"}.`
    );
  }
  let progress = flags.wait ? await progressFor(io) : void 0, report;
  try {
    report = await submitRequests(results, {
      cwd: io.cwd,
      config: flags.config,
      endpoint: flags.endpoint,
      partial: flags.partial,
      account: flags.account,
      dryRun: flags.dryRun,
      wait: flags.wait,
      timeoutSeconds: flags.timeout,
      tuning: tuningFrom(io.env),
      progress,
      scrubber,
      log: flags.verbose ? (line) => io.stderr.write(`${scrubber.scrub(line)}
`) : void 0
    });
  } catch (error) {
    if (progress?.stop(), error instanceof CredentialsError)
      return io.stderr.write(`vaultlint: ${scrubber.scrub(error.message)}
`), EXIT_USAGE;
    throw scrubbed(error, scrubber);
  }
  return io.stdout.write(scrubber.scrub(formatTable(report))), flags.outputFile && writeOutput(
    resolve2(io.cwd, flags.outputFile),
    scrubber.scrub(toJson(report))
  ), submitExitCode(report);
}
async function runInventory(flags, io) {
  checkEndpoint(flags.endpoint);
  let config = await new ConfigResolver(io.cwd, flags.config).forDir(io.cwd), regions = flags.region?.length ? [...new Set(flags.region)] : [.../* @__PURE__ */ new Set([...HBR_REGIONS, ...config.regions.supported])], tuning = tuningFrom(io.env), scrubber = new Scrubber(), inventory;
  try {
    inventory = await takeInventory({
      regions,
      endpoint: flags.endpoint ?? config.submit.endpoint,
      requestTimeoutMs: tuning.requestTimeoutMs,
      backoff: tuning.backoff,
      scrubber
    });
  } catch (error) {
    if (error instanceof CredentialsError)
      return io.stderr.write(`vaultlint: ${scrubber.scrub(error.message)}
`), EXIT_USAGE;
    throw scrubbed(error, scrubber);
  }
  if (inventory.errors.length > 0) {
    for (let { region, error } of inventory.errors) {
      let id = error.requestId ? ` (request id ${error.requestId})` : "";
      io.stderr.write(
        scrubber.scrub(
          `vaultlint: cannot list the vaults of ${region}: ${error.code}: ${error.message}${id}
`
        )
      );
    }
    return io.stderr.write(`vaultlint: no inventory written.
`), 1;
  }
  let text = `${JSON.stringify(inventory.pages, null, 2)}
`, count = inventory.pages.reduce((n, p) => n + p.Vaults.Vault.length, 0);
  return flags.outputFile ? (writeOutput(resolve2(io.cwd, flags.outputFile), scrubber.scrub(text)), io.stderr.write(
    `Wrote ${count} vault${count === 1 ? "" : "s"} from ${regions.length} region${regions.length === 1 ? "" : "s"} to ${flags.outputFile}.
`
  )) : io.stdout.write(scrubber.scrub(text)), 0;
}
function checkEndpoint(endpoint) {
  let problem = endpoint === void 0 ? void 0 : endpointProblem(endpoint);
  if (problem)
    throw new UsageError(`Unexpected --endpoint "${endpoint}"; ${problem}.`);
}
function lintErrors(results) {
  let lines = [];
  for (let file of results.files)
    for (let f of file.findings)
      f.severity !== "error" || f.suppressed || lines.push(
        `${file.file}:${f.range.start.line}:${f.range.start.column}  ${f.message}  ${f.ruleId}`
      );
  return lines.length ? `Lint errors:
${lines.join(`
`)}

` : "";
}
async function progressFor(io) {
  let stream = io.stderr;
  return io.stderr.isTTY && typeof stream.cursorTo == "function" ? barProgress(stream) : lineProgress((line) => io.stderr.write(line));
}
function tuningFrom(env) {
  let number = (name) => {
    let value = Number(env[`VAULTLINT_SUBMIT_${name}`]);
    return Number.isFinite(value) && value >= 0 ? value : void 0;
  }, base = number("BACKOFF_MS") ?? DEFAULT_BACKOFF.baseMs;
  return {
    ...DEFAULT_TUNING,
    backoff: {
      baseMs: base,
      maxMs: Math.max(base * 16, 1),
      budgetMs: number("RETRY_BUDGET_MS") ?? DEFAULT_BACKOFF.budgetMs
    },
    pollIntervalMs: number("POLL_MS") ?? DEFAULT_TUNING.pollIntervalMs,
    requestTimeoutMs: number("REQUEST_TIMEOUT_MS") ?? DEFAULT_TUNING.requestTimeoutMs
  };
}
function writeOutput(path, text) {
  mkdirSync(dirname(path), { recursive: !0 }), writeFileSync(path, text);
}
function scrubbed(error, scrubber) {
  if (error instanceof UsageError || error instanceof ConfigError) return error;
  let message = error instanceof Error ? error.message : String(error), out = new Error(scrubber.scrub(message));
  return out.name = error instanceof Error ? error.name : "Error", out;
}
export {
  runInventory,
  runSubmit,
  tuningFrom
};
