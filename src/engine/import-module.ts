/**
 * import() of a module outside the engine: a team's plugin. The CLI's bin
 * compiles its bundle with V8's code cache, where import() has no module
 * loader, and passes in its own as __vaultlintImport; everywhere else
 * (the library, the tests) this is a plain import().
 */
declare const __vaultlintImport:
  | ((specifier: string) => Promise<Record<string, unknown>>)
  | undefined;

export function importModule(
  specifier: string,
): Promise<Record<string, unknown>> {
  return typeof __vaultlintImport === 'function'
    ? __vaultlintImport(specifier)
    : import(specifier);
}
