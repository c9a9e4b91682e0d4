/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the database drivers open
  // files and sockets, and the process shares one handle through globalThis.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pino", "ws"],
  poweredByHeader: false,
  // citation-js (lib/sources) imports node-fetch for reading references from URLs, which Parallax
  // never does; the browser bundle gets an empty stand-in, as node-fetch needs Node's fs and http.
  turbopack: {
    resolveAlias: {
      "node-fetch": { browser: "./lib/sources/noFetch.ts" },
    },
  },
  reactStrictMode: true,
};

module.exports = nextConfig;
