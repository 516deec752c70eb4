// Written as build/404.html, which static hosts serve for any missing path: HTML alone.
export const csr = false;
