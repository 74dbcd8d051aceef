// The analyzer ships its command line without types; generate.js calls it in process.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem <argv>` in `cwd`; resolves with the manifest it made (and writes it unless `noWrite`). */
  export function cli(options: { argv: string[]; cwd: string; noWrite?: boolean }): Promise<unknown>;
}
