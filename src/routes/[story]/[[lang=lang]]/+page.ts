// /<slug>/ is written as <slug>/index.html, so the page's relative links (present/, s/<id>/) hold.
export const trailingSlash = 'always';
// No SvelteKit client: the page is server HTML, and its one script is the reading island
// ($lib/islands/reading.ts), which hydrates the scrollytelling section alone.
export const csr = false;
