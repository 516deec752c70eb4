// The list of stories is plain HTML and links: no script at all.
export const csr = false;
