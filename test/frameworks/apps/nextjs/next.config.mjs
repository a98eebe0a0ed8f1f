/** A static export (out/), served by the test as a site host would; `next dev` for development. */
const nextConfig = {
  output: 'export',
  // The server renderer (defense-topics/server, with Lit's SSR) runs in Node as it is: not bundled.
  serverExternalPackages: ['defense-topics', '@lit-labs/ssr'],
};
export default nextConfig;
