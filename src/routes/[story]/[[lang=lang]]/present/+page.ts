// The stage needs the browser (keys, full screen, the window's size): it is prerendered as a
// shell that the client draws, with the story's data from the build.
export const ssr = false;

export const trailingSlash = 'always';
