export declare function importModule(specifier: string): Promise<Record<string, unknown>>;
