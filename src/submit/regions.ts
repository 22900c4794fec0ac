/**
 * The regions Cloud Backup serves, from the dated region data the region
 * rules share. With `scope: account`, the live vault count is the sum over
 * these regions plus the config's `regions.supported`.
 */
import data from '../../rules/data/regions.json' with { type: 'json' };

/** The day the bundled list was last checked, YYYY-MM-DD. */
export const HBR_REGIONS_AS_OF: string = data.updated;

export const HBR_REGIONS: readonly string[] = data.supported;
