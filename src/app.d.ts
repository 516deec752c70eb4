// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** The first chart drawn at build time; put into the page by hooks.server.ts. */
			drawing?: string;
			/** The reading page's data for its island, as a JSON script; put into the page by hooks.server.ts. */
			island?: string;
			/** The story's canonical link, article dates and JSON-LD; put into the page's head by hooks.server.ts. */
			article?: string;
			/** The page's language (its story's), for `<html lang dir>`; English when unset. */
			lang?: import('$lib/model/locale/langs').LangCode;
		}
	}
}

export {};
