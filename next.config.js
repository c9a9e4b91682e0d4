/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the database drivers open
  // files and sockets, and the process shares one handle through globalThis.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pino", "ws"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
