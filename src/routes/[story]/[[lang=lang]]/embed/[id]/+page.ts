// Written as <slug>/embed/<id>/index.html; server HTML with an island of its own, as the reading page.
export const trailingSlash = 'always';
export const csr = false;
