// Finding a Chromium or Chrome to drive headlessly: $CHROME_PATH first, then the usual install places.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
	if (platform === 'darwin') {
		return [
			'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
			'/Applications/Chromium.app/Contents/MacOS/Chromium',
			'/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
			join(env.HOME ?? '', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
		];
	}
	if (platform === 'win32') {
		const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
		return roots.flatMap((root) => [
			join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
			join(root, 'Chromium', 'Application', 'chrome.exe'),
			join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
		]);
	}
	return [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/snap/bin/chromium',
		'/opt/google/chrome/chrome',
	];
}

export class BrowserNotFoundError extends Error {
	constructor(tried: string[]) {
		super(
			[
				'Aucun navigateur Chromium ou Chrome trouvé : il sert à produire les PDF et à lancer les tests dans un navigateur.',
				'Installez-en un, par exemple :',
				'  - Debian ou Ubuntu : sudo apt install chromium',
				'  - macOS : installez Google Chrome depuis https://www.google.com/chrome/',
				'  - Windows : installez Google Chrome ou utilisez Microsoft Edge, déjà présent',
				'ou indiquez son chemin dans la variable CHROME_PATH (par exemple CHROME_PATH=/chemin/vers/chrome).',
				`Emplacements essayés : ${tried.join(', ')}`,
			].join('\n'),
		);
		this.name = 'BrowserNotFoundError';
	}
}

/** Path of a usable browser executable; throws a French explanation when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	const fromEnv = env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new BrowserNotFoundError([`CHROME_PATH=${fromEnv} (fichier introuvable)`]);
	}
	const tried = candidates(platform, env);
	const found = tried.find((path) => existsSync(path));
	if (!found) throw new BrowserNotFoundError(tried);
	return found;
}

/** Flags for a quiet headless browser that never reaches the network on its own. */
export const HEADLESS_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--metrics-recording-only',
	'--no-default-browser-check',
];
