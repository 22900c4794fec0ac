/**
 * `vaultlint inventory`: the existing vaults as DescribeVaults response
 * bodies (an array of pages), the file `accounts.<name>.inventory` reads
 * for offline quota checks.
 */
import { createHbrClient } from './client.js';
import { resolveEndpoint } from './endpoint.js';
import { type HbrError, Scrubber } from './errors.js';
import { asHbrError, listVaults } from './plan.js';
import { DEFAULT_BACKOFF } from './retry.js';
import type { DescribeVaultsBody, HbrApi } from './types.js';

export interface InventoryOptions {
  regions: string[];
  endpoint?: string;
  client?: HbrApi;
  requestTimeoutMs?: number;
  backoff?: typeof DEFAULT_BACKOFF;
  scrubber?: Scrubber;
}

export interface Inventory {
  /** Pages that hold at least one vault, region by region. */
  pages: DescribeVaultsBody[];
  /** Regions that could not be listed. */
  errors: Array<{ region: string; error: HbrError }>;
}

/** Lists every vault in the regions, in parallel. */
export async function takeInventory(
  options: InventoryOptions,
): Promise<Inventory> {
  const api =
    options.client ??
    (await createHbrClient({
      scrubber: options.scrubber ?? new Scrubber(),
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    }));
  const byRegion = await Promise.all(
    options.regions.map(async (region) => {
      try {
        const { pages } = await listVaults(
          api,
          resolveEndpoint(region, options.endpoint),
          options.backoff ?? DEFAULT_BACKOFF,
        );
        return { region, pages };
      } catch (error) {
        return { region, error: asHbrError(error) };
      }
    }),
  );
  const inventory: Inventory = { pages: [], errors: [] };
  for (const entry of byRegion) {
    if (entry.error) inventory.errors.push(entry);
    else
      inventory.pages.push(
        ...(entry.pages ?? []).filter((p) => p.Vaults.Vault.length > 0),
      );
  }
  return inventory;
}
