// /donnees/schema.json: the JSON Schema of catalogue.json (src/open-data/json-schema.ts).
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../open-data/json-schema.ts';
import { SCHEMA_JSON_PATH } from '../../open-data/paths.ts';
import { siteAddress } from '../../open-data/site-address.ts';

export const GET: APIRoute = ({ site }) => {
	const id = site ? siteAddress(site, import.meta.env.BASE_URL)(SCHEMA_JSON_PATH) : undefined;
	return new Response(`${JSON.stringify(catalogueJsonSchema({ id }), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
