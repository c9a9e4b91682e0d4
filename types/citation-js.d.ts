/**
 * The few parts of citation-js that Parallax uses (`lib/sources`). The
 * packages ship no types; everything here is synchronous, and nothing that
 * fetches (URLs, DOIs, the async parsers) is declared on purpose.
 */
declare module "@citation-js/core" {
  export interface ChainOptions {
    /** Skips type detection for the first step, so text is never taken for a URL. */
    forceType?: string;
    generateGraph?: boolean;
    strict?: boolean;
    maxChainLength?: number;
  }

  export const plugins: {
    input: {
      /** Parses input step by step until it is CSL-JSON; throws on the first failing step. */
      chain(input: unknown, options?: ChainOptions): Record<string, unknown>[];
    };
    output: {
      format(name: "bibliography", data: unknown[], options?: Record<string, unknown>): string;
    };
  };

  export const logger: {
    level: string;
    /** Every message ever logged, kept whatever the level (see lib/sources/citationJs.ts). */
    _log?: unknown[];
  };
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
