// The site: Starlight over the commons' content, with the check step and reference links wired in.
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownFeatures } from './src/markdown/features.ts';
import { referenceLinks } from './src/markdown/reference-links.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { nestHeadings } from './src/markdown/nest-headings.ts';
import { deckSlides } from './src/markdown/slides.ts';
import { quizzes } from './src/markdown/quiz.ts';
import { defaultContentDir } from './src/model/load.ts';
import { REFERENCE_DIRECTIVES, isReferenceDirective } from './src/model/collections.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { buildRecord } from './src/integrations/build-record.ts';
import { frenchTypography } from './src/integrations/french-typography.ts';
import { SEARCH_RANKING } from './src/search/ranking.ts';
import { currentProject, openProject } from './src/site/project.ts';
import { buildSidebar } from './src/site/sidebar.ts';
import { entryLabel } from './src/site/labels.ts';
import { entryPath } from './src/site/urls.ts';
import { resolveDeployment } from './src/site/deployment.ts';
import { logoFavicon, siteLogo } from './src/site/logo.ts';
import { isListedPage } from './src/site/unlisted.ts';
import { editorFiles } from './src/integrations/editor-files.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentDir = defaultContentDir();
const project = openProject(root, contentDir);
const { graph } = project;
const organisation = graph.organisation;
// The path of `site` in organisation.yaml, unless COMMUN_BASE says otherwise (src/site/deployment.ts).
const deployment = resolveDeployment({ organisationSite: organisation?.site });
for (const warning of deployment.warnings) console.warn(`Attention : ${warning}`);
const base = deployment.base;

export default defineConfig({
	root,
	base,
	site: deployment.site,
	trailingSlash: 'always',
	// Tests build several fixture sites at once: each gets its own cache.
	cacheDir: process.env.COMMUN_CACHE_DIR,
	markdown: {
		processor: satteri({
			features: { ...markdownFeatures },
			mdastPlugins: [
				deckSlides([join(root, contentDir, 'decks') + sep]),
				quizzes(),
				nestHeadings([join(root, contentDir, 'modules') + sep]),
				referenceLinks((directive, id) => {
					if (!isReferenceDirective(directive)) return 'not-a-reference';
					const collection = REFERENCE_DIRECTIVES[directive];
					const entry = currentProject().graph.get(collection, id);
					return entry ? { href: entryPath(collection, id), label: entryLabel(entry) } : undefined;
				}),
			],
			// Every link to a site page, written from the site root, is put under the base here.
			hastPlugins: [baseLinks(base)],
		}),
	},
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with a directive the bundler warns about once per file;
				// the warning is harmless (a plain Starlight site shows it too) and would bury real ones.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	integrations: [
		contentCheck(),
		buildRecord(),
		// The editor's code under /admin/cms/, bundled once per install (src/cms/editor-bundle.ts).
		editorFiles(),
		// Before Starlight, which indexes the pages for search when the build is done.
		frenchTypography(),
		// Starlight adds the sitemap itself unless it is there: here, without the pages that say noindex.
		sitemap({ filter: (page) => isListedPage(page, base) }),
		starlight({
			title: organisation?.name ?? 'Commun de formation',
			description: organisation?.tagline,
			locales: { root: { label: 'Français', lang: 'fr' } },
			// The publisher's logo (src/pages/[logo].ts) when it has a favicon format; the commons' otherwise.
			favicon: logoFavicon(siteLogo(project)),
			sidebar: buildSidebar(graph),
			customCss: ['./src/styles/fonts.css', './src/styles/theme.css', './src/styles/kit.css', './src/styles/reference.css', './src/styles/quiz.css'],
			components: {
				// Any page's content may hold a :::quiz, whose script comes with the Markdown wrapper.
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// The footer of every page offers the PDFs that go with it.
				Footer: './src/components/overrides/Footer.astro',
				// The page's search filters in <head>. Starlight's own search button is kept: its name is
				// its visible label once theme.css hides the « Ctrl K » hint (WCAG 2.5.3, label in name).
				Head: './src/components/overrides/Head.astro',
				// The publisher's logo before the site's name.
				SiteTitle: './src/components/overrides/SiteTitle.astro',
			},
			markdown: { processedDirs: [`./${contentDir}/`] },
			lastUpdated: false,
			pagination: false,
			credits: false,
			pagefind: { ranking: SEARCH_RANKING },
		}),
		// Last, so that it sees the pages exactly as they are published.
		contentSecurityPolicy(),
	],
});
