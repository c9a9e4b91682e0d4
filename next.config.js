/**
 * The security headers of every response. Pages get the same policy from
 * proxy.ts with a per-request script nonce (lib/security/csp.ts, which
 * explains each directive); this copy, without a nonce, covers what the proxy
 * does not see (the API, static files), where it runs no script anyway.
 * tests/unit/security-headers.test.ts checks that the two agree.
 */
const BASE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "content-security-policy", value: BASE_POLICY },
          { key: "x-content-type-options", value: "nosniff" },
          { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
