/**
 * Stands in for `node-fetch` in the browser build (see `turbopack.resolveAlias`
 * in next.config.js). citation-js imports it to read references from URLs,
 * which lib/sources never asks for; the real module needs Node's `fs` and
 * `http` and cannot be bundled for the browser.
 */
export default function noFetch(): never {
  throw new Error("Parallax reads references from text only; it never fetches them.");
}

export const Headers = globalThis.Headers;
