/**
 * The interface's words in English: every word a page shows, says or names that is not the
 * story's own (story.yaml) nor a chart's (its `charts:` words). `zh.ts` and `ar.ts` give the same
 * keys in their languages; `words.ts` hands a page the table of its story's language.
 *
 * A word may hold `{slot}`s, filled where it is shown (`word()` of `model/words.ts`), so each
 * language orders its own sentence. Keys are grouped by where the word is shown: `reading-` and
 * `story-` (the reading page's header), `dates-`, `corrections-`, `updates-`, `sources-`,
 * `figure-` (a chart's figure and a still), `stage-`, `overview-`, `keys-` (the stage's key help),
 * `presenter-`, `download-`, `embed-` (the embed button and dialog), `embedded-` (the embed
 * pages), `share-`, `still-`, `clip-`.
 *
 * Relative imports only: the build-time validator reaches this folder.
 */
export const EN_UI = {
	'reading-skip': 'Skip to sources and data',
	'story-based-on': '{byline}. Based on {source}, {publisher}.',
	'story-quoted': '“{title}”',
	'story-scroll': 'Scroll to begin ↓',
	'story-present': 'Present',
	'figure-read-in': 'This step in {language}',
	'story-languages': 'Read in',
	'story-draft': 'Draft translation, for review: not published.',
	'not-found-title': 'There is nothing at this address',
	'not-found-stories': 'The stories here:',

	'dates-published': 'Published {date}',
	'dates-updated': 'Updated {date}',
	'dates-as-of': 'Data as of {date}',

	'corrections-one': 'Correction',
	'corrections-many': 'Corrections',
	'corrections-all': 'Every update and correction',

	'updates-title': 'Updates and corrections',
	'updates-correction': 'Correction',
	'updates-update': 'Update',
	'updates-first': 'First published',

	'sources-title': 'Sources and method',
	'sources-rows': '{rows} rows in {file}.',
	'sources-rows-not-reported': '{rows} rows in {file}; {count} marked not reported.',
	'sources-confidence-high': 'high confidence',
	'sources-confidence-medium': 'medium confidence',
	'sources-confidence-low': 'low confidence',
	'sources-limits': 'What this data cannot say',

	'figure-source': 'Source: {credit}',
	'figure-data': 'Data',

	'stage-controls': 'Stage controls',
	'stage-back': 'Back',
	'stage-next': 'Next',
	'stage-overview': 'Overview',
	'stage-presenter': 'Presenter view',
	'stage-fullscreen': 'Full screen',
	'stage-dark': 'Dark',
	'stage-keys': 'Keys',
	'stage-exit': 'Exit',
	'stage-role': 'presentation',
	'stage-go-to': 'Go to step {typed}…',
	'stage-announce': 'Step {n} of {count}. {title}. {caption}',
	'stage-page-title': '{title} · Stage',

	'overview-title': 'All {count} steps',

	'keys-title': 'Keys',
	'keys-next': 'Next step',
	'keys-prev': 'Previous step',
	'keys-first-last': 'First or last step',
	'keys-go-to': 'Go to that step',
	'keys-black': 'Black screen, and back',
	'keys-white': 'White screen, and back',
	'keys-fullscreen': 'Full screen, and back',
	'keys-start': 'Start the show from the first step, or from this one',
	'keys-theme': 'Dark or light theme',
	'keys-overview': 'Overview of every step',
	'keys-presenter': 'Presenter view (notes, next step, timer) in a new window',
	'keys-help': 'These keys',
	'keys-escape': 'Close this, leave full screen, or back to reading',
	'keys-touch': 'On a tablet: swipe left or right, or tap the right or left third of the screen.',
	'keys-close': 'Close',

	'presenter-where': 'Step {n} of {count}',
	'presenter-elapsed': 'Elapsed',
	'presenter-on-step': 'This step',
	'presenter-clock': 'Clock',
	'presenter-pace': 'Pace',
	'presenter-pace-talk': 'Pace ({minutes} min talk)',
	'presenter-no-length': 'no talk length set',
	'presenter-on-pace': 'On pace',
	'presenter-ahead': 'Ahead {time}',
	'presenter-behind': 'Behind {time}',
	'presenter-reset': 'Reset timer',
	'presenter-blank-black': 'Screen is black',
	'presenter-blank-white': 'Screen is white',
	'presenter-notes': 'Notes · {title}',
	'presenter-no-notes': 'No notes for this step.',
	'presenter-on-screen': 'On screen now',
	'presenter-next': 'Next',
	'presenter-next-step': 'Next: step {n}',
	'presenter-end': 'The end of the story.',
	'presenter-controls': 'Presenter controls',
	'presenter-black': 'Black screen',
	'presenter-announce': 'Step {n} of {count}. {title}',
	'presenter-page-title': '{title} · Presenter view',

	'download-still-label': 'Download this step as PNG',
	'download-still-title': 'Download this step (PNG)',
	'download-failed': 'The download failed; try again',
	'download-clip-label': 'Download this step as a video ({format})',
	'download-clip-title': "Download this step's move ({format} video)",
	'download-clip-busy': 'Recording the video…',
	'download-clip-failed': 'The video failed; try again',

	'embed-button': 'Embed',
	'embed-button-title': 'Embed this step or the story in another page',
	'embed-close': 'Close',
	'embed-code': 'Code',
	'embed-theme': 'Theme',
	'embed-theme-light': 'Light',
	'embed-theme-dark': 'Dark',
	'embed-theme-auto': 'Follow the reader’s setting',
	'embed-this-step': 'This step: {title}',
	'embed-whole-story': 'The whole story',
	'embed-copy': 'Copy',
	'embed-copy-label': 'Copy the code: {label}',
	'embed-copied': 'Copied. Paste it into your page’s HTML.',
	'embed-copy-failed': 'Your browser did not let this page copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
	'embed-variant-loader': 'With our loader (recommended)',
	'embed-variant-iframe': 'Iframe only',
	'embed-variant-pym': 'pym.js',
	'embed-hosts-loader':
		'Any page that allows a script: the frame takes its content’s height, and the story steps with the page’s scroll.',
	'embed-hosts-iframe':
		'Hosts that forbid scripts: AMP (as amp-iframe resizable), apps, newsletters’ web views. The story reads flat, step after step.',
	'embed-hosts-pym': 'Pages that already run pym.js: it sizes the frame to its content; the story reads flat.',

	'embedded-source': 'Source: {credit}.',
	'embedded-sources': 'Sources: {credit}.',
	'embedded-read-story': 'Read “{title}” on its own page, with its sources and method',
	'embedded-see-step': 'See this step in the story',
	'embedded-see-step-in': 'See this step in the story: “{title}”',

	'share-open': 'Open “{title}” at this step',
	'still-page-title': '{id} · still · {title}',
	'clip-page-title': 'clips · {title}',
	'clip-page-note': 'Clips are recorded here by {command}.'
} as const;
