/**
 * The region list the region rules share: the dated data file, extended by
 * the configuration's `regions` section.
 */
import { nearest } from '../../src/engine/suggest.js';
import data from '../data/regions.json' with { type: 'json' };

/** Extra region IDs from `.vaultlint.yaml`; they win over the data file. */
export interface RegionLists {
  supported: string[];
  decommissioned: string[];
}

export interface RegionOptions {
  regions: RegionLists;
}

export type RegionStatus =
  | 'supported'
  | 'unconfirmed'
  | 'decommissioned'
  | 'unknown';

/** The day the bundled list was last checked, YYYY-MM-DD. */
export const REGIONS_UPDATED: string = data.updated;

export const DEFAULT_REGION_OPTIONS: RegionOptions = {
  regions: { supported: [], decommissioned: [] },
};

export const REGION_OPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    regions: {
      type: 'object',
      additionalProperties: false,
      description:
        "Extends the bundled region list; filled from the config's top-level `regions` section unless set here.",
      properties: {
        supported: {
          type: 'array',
          items: { type: 'string' },
          default: [],
          description: 'Region IDs to treat as served by Cloud Backup.',
        },
        decommissioned: {
          type: 'array',
          items: { type: 'string' },
          default: [],
          description: 'Region IDs to treat as decommissioned.',
        },
      },
    },
  },
};

export interface RegionCatalog {
  status(region: string): RegionStatus;
  /** The live region nearest in spelling, for "did you mean". */
  nearest(region: string): string | undefined;
}

const catalogs = new WeakMap<RegionLists, RegionCatalog>();

/** The bundled list with the configured additions, built once per config. */
export function regionCatalog(extra: RegionLists | undefined): RegionCatalog {
  const lists = extra ?? DEFAULT_REGION_OPTIONS.regions;
  const cached = catalogs.get(lists);
  if (cached) return cached;

  // Options are not validated by the engine; a stray string is no list.
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
  const decommissioned = new Set([
    ...list(lists.decommissioned),
    ...data.decommissioned.filter((r) => !list(lists.supported).includes(r)),
  ]);
  const supported = new Set(
    [...list(lists.supported), ...data.supported].filter(
      (r) => !decommissioned.has(r),
    ),
  );
  const unconfirmed = new Set(
    data.unconfirmed.filter((r) => !supported.has(r) && !decommissioned.has(r)),
  );
  const live = [...supported, ...unconfirmed];

  const catalog: RegionCatalog = {
    status(region) {
      if (decommissioned.has(region)) return 'decommissioned';
      if (supported.has(region)) return 'supported';
      if (unconfirmed.has(region)) return 'unconfirmed';
      return 'unknown';
    },
    nearest: (region) => nearest(region, live),
  };
  catalogs.set(lists, catalog);
  return catalog;
}
