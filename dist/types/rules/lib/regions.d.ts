/** Extra region IDs from `.vaultlint.yaml`; they win over the data file. */
export interface RegionLists {
    supported: string[];
    decommissioned: string[];
}
export interface RegionOptions {
    regions: RegionLists;
}
export type RegionStatus = 'supported' | 'unconfirmed' | 'decommissioned' | 'unknown';
/** The day the bundled list was last checked, YYYY-MM-DD. */
export declare const REGIONS_UPDATED: string;
export declare const DEFAULT_REGION_OPTIONS: RegionOptions;
export declare const REGION_OPTIONS_SCHEMA: {
    type: string;
    additionalProperties: boolean;
    properties: {
        regions: {
            type: string;
            additionalProperties: boolean;
            description: string;
            properties: {
                supported: {
                    type: string;
                    items: {
                        type: string;
                    };
                    default: never[];
                    description: string;
                };
                decommissioned: {
                    type: string;
                    items: {
                        type: string;
                    };
                    default: never[];
                    description: string;
                };
            };
        };
    };
};
export interface RegionCatalog {
    status(region: string): RegionStatus;
    /** The live region nearest in spelling, for "did you mean". */
    nearest(region: string): string | undefined;
}
/** The bundled list with the configured additions, built once per config. */
export declare function regionCatalog(extra: RegionLists | undefined): RegionCatalog;
