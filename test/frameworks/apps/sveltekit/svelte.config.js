import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  // A static site (build/), served by the test as a site host would.
  kit: { adapter: adapter() },
};

export default config;
