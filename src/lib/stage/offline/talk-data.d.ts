declare module 'virtual:talk-data' {
	import type { Story } from '../../story/types';
	import type { ChartText } from '../../charts/types';
	export const story: Story;
	export const texts: ChartText[];
	export const credits: string[];
}
