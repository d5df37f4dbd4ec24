// /donnees/badges/sections/<section>.svg: the image of the badges of a section's modules.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionBadgeSvg } from '../../../../open-data/badge-image.ts';
import { getGraph } from '../../../../site/graph.ts';

export const getStaticPaths = (() => [...getGraph().byCollection.sections.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const section = getGraph().get('sections', String(params.id))!;
	return new Response(sectionBadgeSvg(section.data.order, section.data.title), { headers: { 'Content-Type': 'image/svg+xml' } });
};
