/** The columns every dataset has: where its row's value comes from, and how sure it is. */
import type { Confidence, SourceRef } from '../../model/types.ts';
import { date, oneOfOrNull, str, urlOrEmpty } from './cells.ts';
import type { Columns } from './dataset-schema.ts';

const CONFIDENCES = ['high', 'medium', 'low'] as const satisfies readonly Confidence[];

export const sourceColumns: Columns<SourceRef> = {
	source: { column: 'source', cell: str() },
	url: { column: 'url', cell: urlOrEmpty() },
	date: { column: 'date', cell: date() },
	confidence: { column: 'confidence', cell: oneOfOrNull(CONFIDENCES) }
};
