// /donnees/badges/<module>.json: the Open Badges 3.0 achievement of each module (src/open-data/badge.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleAchievement } from '../../../open-data/badge.ts';
import { siteAddress } from '../../../open-data/site-address.ts';
import { getGraph } from '../../../site/graph.ts';

export const getStaticPaths = (() => [...getGraph().byCollection.modules.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const graph = getGraph();
	const module = graph.get('modules', String(params.id))!;
	const achievement = moduleAchievement(graph, module, siteAddress(site, import.meta.env.BASE_URL));
	return new Response(`${JSON.stringify(achievement, null, '\t')}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
