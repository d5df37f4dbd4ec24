// Where the site is published: its public address and the path its pages live under (Astro's
// `base`). One rule for the build, the PDFs and every tool that reads dist/: the path of `site` in
// organisation.yaml, unless COMMUN_BASE says otherwise; without `site`, the address a forge gives
// the site (COMMUN_PAGES_URL, set by the publishing workflows).

export interface Deployment {
	/** The public address of the site's home page, when known: PDF links and QR codes lead there. */
	site?: string;
	/** "/" or "/catalogue/": always with a slash at both ends. */
	base: string;
	/** French sentences for the person who builds: the settings disagree. */
	warnings: string[];
}

export interface DeploymentSettings {
	/** `site` in organisation.yaml. */
	organisationSite?: string;
	env?: NodeJS.ProcessEnv;
}

/** "catalogue", "/catalogue" or "/catalogue/" → "/catalogue/"; "" → "/". */
export function normaliseBase(path: string): string {
	const inner = path.trim().replace(/^\/+|\/+$/g, '');
	return inner === '' ? '/' : `/${inner}/`;
}

/** The path part of an address, as a base: "https://asso.github.io/catalogue" → "/catalogue/". */
export function basePathOf(address: string): string | undefined {
	try {
		return normaliseBase(new URL(address).pathname);
	} catch {
		return undefined;
	}
}

/** The address with a slash at the end of its path, so that relative paths resolve under it. */
function withTrailingSlash(address: string): string {
	const url = new URL(address);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

export function resolveDeployment({ organisationSite, env = process.env }: DeploymentSettings): Deployment {
	const warnings: string[] = [];
	const pagesUrl = env.COMMUN_PAGES_URL?.trim() || undefined;
	const announced = organisationSite ?? (pagesUrl && basePathOf(pagesUrl) ? pagesUrl : undefined);
	const site = announced ? withTrailingSlash(announced) : undefined;
	const announcedBase = site ? basePathOf(site) : undefined;
	const variable = env.COMMUN_BASE?.trim();
	if (variable) {
		const base = normaliseBase(variable);
		if (announcedBase && announcedBase !== base) {
			const from = organisationSite ? '« site » dans organisation.yaml' : 'l’adresse donnée par la forge (COMMUN_PAGES_URL)';
			warnings.push(
				`COMMUN_BASE vaut « ${base} » mais ${from} (« ${site} ») place le site sous « ${announcedBase} ». ` +
					`Le site est construit sous « ${base} », et les liens des PDF et les codes QR mènent à ${new URL(base, site).href}. ` +
					'Corrigez l’un ou l’autre pour qu’ils disent le même chemin (sans COMMUN_BASE, le chemin de « site » est pris).',
			);
		}
		return { site, base, warnings };
	}
	return { site, base: announcedBase ?? '/', warnings };
}
