// The forge repository the site's files live in: `repository` in organisation.yaml or, without it,
// the one the publishing workflow runs in (COMMUN_REPOSITORY_URL). « Modifier cette page » opens a
// file there in the forge's web editor; the editor (/admin/) writes there.
import { FORGES, type Organisation } from '../model/schemas/organisation.ts';

export type Forge = (typeof FORGES)[number];

export interface Repository {
	/** The repository's web address, without a final slash or ".git". */
	url: string;
	branch: string;
	/** Undefined for a forge the address does not name: no edit link then. */
	forge?: Forge;
}

function forgeOf(url: URL): Forge | undefined {
	if (url.hostname === 'github.com') return 'github';
	if (url.hostname === 'gitlab.com' || url.hostname.startsWith('gitlab.')) return 'gitlab';
	if (url.hostname === 'codeberg.org' || url.hostname.startsWith('forgejo.')) return 'forgejo';
	return undefined;
}

export function projectRepository(organisation: Pick<Organisation, 'repository'> | undefined, env: NodeJS.ProcessEnv = process.env): Repository | undefined {
	const given = organisation?.repository;
	const address = given?.url ?? (env.COMMUN_REPOSITORY_URL?.trim() || undefined);
	if (!address) return undefined;
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return undefined;
	}
	const clean = url.href.replace(/\/+$/, '').replace(/\.git$/, '');
	const branch = given?.branch ?? (env.COMMUN_REPOSITORY_BRANCH?.trim() || 'main');
	return { url: clean, branch, forge: given?.forge ?? forgeOf(url) };
}

/** The forge's web editor on `file` (relative to the repository root, "/" separators). */
export function editUrl(repository: Repository, file: string): string | undefined {
	const path = file.split('/').map(encodeURIComponent).join('/');
	const branch = encodeURIComponent(repository.branch);
	switch (repository.forge) {
		case 'github':
			return `${repository.url}/edit/${branch}/${path}`;
		case 'gitlab':
			return `${repository.url}/-/edit/${branch}/${path}`;
		case 'forgejo':
			return `${repository.url}/_edit/${branch}/${path}`;
		default:
			return undefined;
	}
}

/** "owner/name" of a repository on github.com, as the editor's GitHub backend names it. */
export function githubRepositoryName(repository: Repository | undefined): string | undefined {
	if (repository?.forge !== 'github') return undefined;
	const [owner, name] = new URL(repository.url).pathname.split('/').filter(Boolean);
	return owner && name ? `${owner}/${name}` : undefined;
}
