/**
 * The YAML parser's messages ("Nested mappings are not allowed in compact mappings") describe its
 * grammar, not the editor's mistake. Most mistakes in story.yaml are a line indented one space too
 * far or too little, a tab, a missing colon or an unclosed quote: each code below gets a sentence
 * that says what to look for; codes not listed keep the parser's words.
 */
import type { ErrorCode } from 'yaml';

const INDENT =
	'the indentation is off on this line or the next: the fields of one step or dataset ' +
	'must start at the same column, and list items with "- " under their key; use spaces, not tabs';

const PLAIN: Partial<Record<ErrorCode, string>> = {
	BAD_INDENT: INDENT,
	BLOCK_AS_IMPLICIT_KEY: INDENT,
	MISSING_CHAR: INDENT,
	MULTILINE_IMPLICIT_KEY:
		'this line is not a field: a "name: value" line is missing its colon, or it is indented as if it continued the line above',
	TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces only',
	DUPLICATE_KEY: 'this field is written twice in the same block; keep one',
	BAD_DQ_ESCAPE:
		'a backslash inside "double quotes" starts an escape YAML does not know; remove it or use single quotes',
	UNEXPECTED_TOKEN:
		'unexpected text here: check for a missing colon, an unclosed quote or bracket, or text at the wrong indentation',
	BLOCK_IN_FLOW: 'a block (a list with "- " or a "|" text) cannot sit inside [brackets] or {braces}',
	MULTIPLE_DOCS: 'a second document starts here ("---"); the file holds one document'
};

/** One plain sentence for a YAML parse error. */
export function yamlProblem(code: ErrorCode, message: string): string {
	return PLAIN[code] ?? `the file cannot be read as YAML: ${message.split('\n')[0]}`;
}
