// The origins the editor talks to once a contributor signs in, for its page's policy: the forge's
// API, where its avatars come from, and GitHub's status page (the editor says when GitHub is down).
import type { Repository } from '../site/repository.ts';

export function editorOrigins(repository: Repository | undefined): string[] {
	switch (repository?.forge) {
		case 'github':
			return ['https://api.github.com', 'https://www.githubstatus.com', 'https://avatars.githubusercontent.com'];
		case 'gitlab':
		case 'forgejo':
			return [new URL(repository.url).origin];
		default:
			return [];
	}
}
