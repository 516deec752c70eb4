import { loadStory } from '$lib/story/load.server';
import type { PageServerLoad } from './$types';

// Build time only: read and validate data/ (a bad file stops the build), hand the page plain data.
export const load: PageServerLoad = () => ({ story: loadStory() });
