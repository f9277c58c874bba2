/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files relative to its own module; bundling breaks that under webpack.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'pino-pretty'],
  poweredByHeader: false,
};

export default nextConfig;
