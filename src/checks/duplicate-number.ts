// `duplicate-number`: each module has its own display number in the catalogue.
import type { LoadedEntry } from '../model/load.ts';
import type { Rule } from './rule.ts';

export const duplicateNumber: Rule = {
	id: 'duplicate-number',
	severity: 'error',
	description: 'Deux modules n’ont pas le même numéro dans le catalogue.',
	check(context) {
		const byNumber = new Map<string, LoadedEntry<'modules'>[]>();
		for (const module of context.graph.byCollection.modules.values()) {
			const list = byNumber.get(module.data.number) ?? [];
			list.push(module as LoadedEntry<'modules'>);
			byNumber.set(module.data.number, list);
		}
		for (const [number, modules] of byNumber) {
			if (modules.length < 2) continue;
			const [first, ...others] = modules.sort((a, b) => a.file.localeCompare(b.file));
			for (const module of others) {
				context.report({
					file: module.file,
					point: context.at(module, ['number']),
					message: `le numéro « ${number} » est déjà celui du module « ${first!.id} »`,
					hint: 'donnez à chaque module son propre numéro (« 10 », « 10A », « 10B »…)',
					related: [{ file: first!.file, ...context.at(first!, ['number']), message: `module « ${first!.id} »` }],
				});
			}
		}
	},
};
