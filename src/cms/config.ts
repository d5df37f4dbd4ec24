// The configuration of the editor at /admin/ (Sveltia CMS), made at build time from the collection
// registry and the zod schemas: one collection per kind of content, in its folder and format, each
// field with its French label and hint; organisation.yaml and accessibilite.yaml as two files.
// Bodies are edited as raw Markdown: directives (:::quiz, :term[…]{texte="…"}) are kept as written.
import { posix } from 'node:path';
import type { z } from 'zod';
import { ACCESSIBILITY_FILE, collectionNames, ORGANISATION_FILE, specOf, type CollectionName } from '../model/collections.ts';
import { AccessibilityStatementSchema, OrganisationSchema } from '../model/schemas/index.ts';
import { githubRepositoryName, type Repository } from '../site/repository.ts';
import { fieldsOf, shapeOf, type CmsField, type FieldContext } from './fields.ts';

export interface CmsSettings {
	/** The content folder, from the repository root: "content". */
	contentDir: string;
	/** The repository the editor writes to (src/site/repository.ts), if known. */
	repository?: Repository;
	/** The published site's address, for the editor's links to it. */
	site?: string;
}

/** The field an editor shows to name an entry, by preference. */
const NAME_FIELDS = ['title', 'name', 'term', 'label'];

/** The field that names an entry of `schema`: its title, its name… */
export function identifierOf(schema: z.core.$ZodType): string {
	const shape = shapeOf(schema);
	return NAME_FIELDS.find((name) => name in shape) ?? Object.keys(shape)[0] ?? 'title';
}

/** The body of a Markdown content: raw Markdown, never turned into rich text and back. */
export const BODY_FIELD: CmsField = {
	name: 'body',
	label: 'Texte',
	widget: 'markdown',
	modes: ['raw'],
	required: false,
	hint: 'Le texte sous l’en-tête, en Markdown ; les directives (:module[…], :::quiz…) s’écrivent telles quelles (voir CONTRIBUTING.md).',
};

/** Where the editor writes: the repository's forge, or a placeholder the local-folder mode ignores. */
function backendOf(repository: Repository | undefined): Record<string, unknown> {
	const github = githubRepositoryName(repository);
	if (github) {
		// Open Authoring: a contributor without write access works in a fork and proposes a pull request.
		return { name: 'github', repo: github, branch: repository!.branch, open_authoring: true, auth_scope: 'public_repo' };
	}
	if (repository?.forge === 'gitlab') {
		const url = new URL(repository.url);
		return { name: 'gitlab', repo: url.pathname.replace(/^\/+|\/+$/g, ''), branch: repository.branch, ...(url.hostname === 'gitlab.com' ? {} : { api_root: `${url.origin}/api/v4`, base_url: url.origin }) };
	}
	if (repository?.forge === 'forgejo') {
		const url = new URL(repository.url);
		return { name: 'gitea', repo: url.pathname.replace(/^\/+|\/+$/g, ''), branch: repository.branch, api_root: `${url.origin}/api/v1`, base_url: url.origin };
	}
	// No repository named: only the local-folder mode (npm run preview, « Travailler sur un dossier local ») works.
	return { name: 'github', repo: 'renseignez/repository-dans-organisation-yaml', branch: 'main' };
}

function collectionOf(name: CollectionName, contentDir: string, context: FieldContext): Record<string, unknown> {
	const spec = specOf(name);
	const markdown = spec.format === 'markdown';
	const identifier = identifierOf(spec.schema);
	const fields = fieldsOf(spec.schema, context);
	return {
		name,
		label: capitalise(spec.noun.plural),
		label_singular: capitalise(spec.noun.singular),
		folder: posix.join(contentDir, spec.folder),
		extension: markdown ? 'mdx' : 'yaml',
		format: markdown ? 'frontmatter' : 'yaml',
		...(markdown ? { frontmatter_delimiter: '---' } : {}),
		identifier_field: identifier,
		// The file name is the id: lower case, no accents (see « L’identifiant d’un contenu »).
		slug: `{{${identifier}}}`,
		create: true,
		...(spec.nested ? { nested: { depth: 4, subfolders: false } } : {}),
		// Images beside the content, as the content refers to them: ../images/x.png.
		media_folder: '../images',
		public_folder: '../images',
		description: `Voir « ${spec.guide} » dans CONTRIBUTING.md.`,
		fields: markdown ? [...fields, BODY_FIELD] : fields,
	};
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function cmsConfig({ contentDir, repository, site }: CmsSettings): Record<string, unknown> {
	const context: FieldContext = { identifier: (collection) => identifierOf(specOf(collection as CollectionName).schema) };
	const github = githubRepositoryName(repository);
	return {
		// Everything is here: no config.yml is fetched.
		load_config_file: false,
		backend: backendOf(repository),
		// Open Authoring needs it; maintainers publish by merging, as for any pull request.
		...(github ? { publish_mode: 'editorial_workflow' } : {}),
		...(site ? { site_url: site, display_url: site } : {}),
		// Each collection puts its images beside the contents (../images); these only serve the media library.
		media_folder: posix.join(contentDir, 'images'),
		public_folder: '/images',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			...collectionNames.map((name) => collectionOf(name, contentDir, context)),
			{
				name: 'editeur',
				label: 'Éditeur et accessibilité',
				files: [
					{ name: 'organisation', label: 'Éditeur du catalogue', file: posix.join(contentDir, ORGANISATION_FILE), format: 'yaml', fields: fieldsOf(OrganisationSchema, context) },
					{ name: 'accessibilite', label: 'Déclaration d’accessibilité', file: posix.join(contentDir, ACCESSIBILITY_FILE), format: 'yaml', fields: fieldsOf(AccessibilityStatementSchema, context) },
				],
			},
		],
	};
}
