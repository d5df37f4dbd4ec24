// /donnees/lheo.xml: the training offer in LHÉO 2.3 (src/open-data/lheo.ts), when organisation.yaml
// gives what LHÉO requires of the organisation; otherwise no file, and /donnees/ says what is missing.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildLheo, lheoMissing } from '../../open-data/lheo.ts';
import { siteAddress } from '../../open-data/site-address.ts';
import { getGraph } from '../../site/graph.ts';

export const getStaticPaths = (() => (lheoMissing(getGraph().organisation).length === 0 ? [{ params: { lheo: 'lheo' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
	const result = buildLheo(getGraph(), siteAddress(site, import.meta.env.BASE_URL));
	if (!('xml' in result)) return new Response(null, { status: 404 });
	return new Response(result.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
