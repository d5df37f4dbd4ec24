// The publisher's logo at the site root (/logo.svg), for the header and the favicon: see src/site/logo.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentProject } from '../site/project.ts';
import { siteLogo } from '../site/logo.ts';

export const getStaticPaths = (() => {
	const logo = siteLogo(currentProject());
	return logo ? [{ params: { logo: logo.path.slice(1) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
	const logo = siteLogo(currentProject());
	if (!logo) return new Response(null, { status: 404 });
	return new Response(new Uint8Array(logo.bytes), { headers: { 'content-type': logo.type } });
};
