/**
 * The stage's theme: dark for dark rooms, light otherwise. A presenter's choice (key T) is kept for
 * the next talk on this machine; without one, the system's preference decides.
 */
export type Theme = 'light' | 'dark';

const KEY = 'stage-theme';

/** The presenter's saved choice, or null to follow the system. */
export function savedTheme(): Theme | null {
	if (typeof window === 'undefined') return null;
	try {
		const saved = localStorage.getItem(KEY);
		if (saved === 'light' || saved === 'dark') return saved;
	} catch {
		// Storage can be off (a file:// page, a private window): the system decides.
	}
	return null;
}

export function loadTheme(): Theme {
	const saved = savedTheme();
	if (saved) return saved;
	return typeof window !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function saveTheme(theme: Theme): void {
	try {
		localStorage.setItem(KEY, theme);
	} catch {
		// Not kept; the choice still holds for this talk.
	}
}
