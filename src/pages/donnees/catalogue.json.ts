// /donnees/catalogue.json: the whole catalogue as data (src/open-data/catalogue.ts).
import type { APIRoute } from 'astro';
import { buildCatalogue } from '../../open-data/catalogue.ts';
import { siteAddress } from '../../open-data/site-address.ts';
import { currentProject } from '../../site/project.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(buildCatalogue(currentProject(), siteAddress(site, import.meta.env.BASE_URL)), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
