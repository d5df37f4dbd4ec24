// « Modifier cette page » leads to the content's file in the forge's web editor.
import { describe, expect, it } from 'vitest';
import { editUrl, githubRepositoryName, projectRepository } from '../../../src/site/repository.ts';

describe('the project repository', () => {
	it('comes from organisation.yaml, the forge read from the address', () => {
		const repository = projectRepository({ repository: { url: 'https://github.com/asso/catalogue.git', branch: 'main' } }, {});
		expect(repository).toEqual({ url: 'https://github.com/asso/catalogue', branch: 'main', forge: 'github' });
		expect(editUrl(repository!, 'content/modules/accès-droits.mdx')).toBe('https://github.com/asso/catalogue/edit/main/content/modules/acc%C3%A8s-droits.mdx');
		expect(githubRepositoryName(repository)).toBe('asso/catalogue');
	});

	it('comes from the publishing workflow when organisation.yaml names none', () => {
		const repository = projectRepository({}, { COMMUN_REPOSITORY_URL: 'https://gitlab.com/asso/catalogue', COMMUN_REPOSITORY_BRANCH: 'principale' });
		expect(editUrl(repository!, 'content/personas/jean.md')).toBe('https://gitlab.com/asso/catalogue/-/edit/principale/content/personas/jean.md');
		expect(projectRepository({}, {})).toBeUndefined();
	});

	it('gives no edit link for a forge it cannot name, unless told which one it is', () => {
		const own = projectRepository({ repository: { url: 'https://git.asso.fr/formation/catalogue', branch: 'main' } }, {});
		expect(editUrl(own!, 'content/modules/a.mdx')).toBeUndefined();
		const told = projectRepository({ repository: { url: 'https://git.asso.fr/formation/catalogue', branch: 'main', forge: 'forgejo' } }, {});
		expect(editUrl(told!, 'content/modules/a.mdx')).toBe('https://git.asso.fr/formation/catalogue/_edit/main/content/modules/a.mdx');
	});
});
