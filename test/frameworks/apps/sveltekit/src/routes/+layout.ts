// Prerendered pages (adapter-static).
export const prerender = true;
