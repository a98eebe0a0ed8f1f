/** A static export (out/), served by the test as a site host would; `next dev` for development. */
const nextConfig = { output: 'export' };
export default nextConfig;
