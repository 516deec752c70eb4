/**
 * Chart words for the scene tests: the words of each of the China story's charts, as the build
 * reads them from story.yaml. Imported by tests only.
 */
export { WORDS } from './fixture.ts';
