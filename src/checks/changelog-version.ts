// `changelog-version`: the last entry of a changelog is the version the content says it is.
import type { LoadedEntry } from '../model/load.ts';
import type { ChangelogEntry } from '../model/schemas/index.ts';
import type { Rule } from './rule.ts';

interface Versioned {
	version: string;
	changelog: ChangelogEntry[];
}

export const changelogVersion: Rule = {
	id: 'changelog-version',
	severity: 'warning',
	description: 'Le dernier élément du journal des modifications (changelog) porte la version du contenu.',
	check(context) {
		for (const entry of context.content.entries) {
			const data = entry.data as Partial<Versioned>;
			if (typeof data.version !== 'string' || !Array.isArray(data.changelog) || data.changelog.length === 0) continue;
			const last = data.changelog.at(-1)!;
			if (last.version === data.version) continue;
			const newestFirst = data.changelog[0]!.version === data.version;
			context.report({
				file: entry.file,
				point: context.at(entry as LoadedEntry, ['changelog', data.changelog.length - 1, 'version']),
				message: `le dernier élément du journal porte la version ${last.version}, le contenu est en version ${data.version}`,
				hint: newestFirst
					? 'le journal se lit du plus ancien au plus récent : placez l’élément de la version actuelle à la fin'
					: `ajoutez à la fin de « changelog » : - { version: ${data.version}, date: AAAA-MM-JJ, summary: "ce qui a changé" }`,
			});
		}
	},
};
