// /<slug>/ is written as <slug>/index.html, so the page's relative links (present/, s/<id>/) hold.
export const trailingSlash = 'always';
