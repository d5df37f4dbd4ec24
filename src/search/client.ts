// The search page in the browser: Pagefind's JavaScript API (served from the site), filters built
// from the index, results with their figures, and the state kept in the address.
import { chosenCount, chosenSentence, FILTER_KEYS, FILTER_NAMES, foldsAway, hasCriteria, orderFilterValues, type FilterOrder, pagefindFilters, resultSentence, searchFromState, stateFromSearch, type FilterKey, type SearchState } from './query.ts';
import { SEARCH_RANKING } from './ranking.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

interface Pagefind {
	options(options: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options?: object): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/** Results shown at once; "more" adds as many. */
const PAGE_SIZE = 20;

function element<K extends keyof HTMLElementTagNameMap>(name: K, attributes: Record<string, string> = {}, text?: string) {
	const node = document.createElement(name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** "Module 10 · 3 h" for a module, the type for anything else. */
function resultFacts(meta: PagefindResultData['meta']): string {
	const parts = [meta.type, meta.duree].filter(Boolean);
	return parts.join(' · ');
}

export async function startSearchPage(root: HTMLElement): Promise<void> {
	const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	// The filters fold under « Affiner les résultats » so the results follow the search field,
	// on a phone too; they are unfolded when the address already ticks some.
	const refine = root.querySelector<HTMLDetailsElement>('[data-search-refine]')!;
	const chosen = root.querySelector<HTMLElement>('[data-search-chosen]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const base = root.dataset.base ?? '/';
	const order = JSON.parse(root.dataset.filterOrder ?? '{}') as FilterOrder;

	const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
	await pagefind.options({ ranking: SEARCH_RANKING });
	const available = await pagefind.filters();

	let state: SearchState = stateFromSearch(location.search);
	input.value = state.query;

	// One fieldset per filter the index has, with its values and how many pages carry each.
	for (const key of FILTER_KEYS) {
		const values = orderFilterValues(Object.entries(available[key] ?? {}), order[key]);
		if (values.length === 0) continue;
		const fieldset = element('fieldset', { class: 'cf-search__filter' });
		fieldset.append(element('legend', {}, FILTER_NAMES[key]));
		const options = element('div', { class: 'cf-search__options' });
		values.forEach(([value, count], index) => {
			const id = `filtre-${key}-${index}`;
			const box = element('input', { type: 'checkbox', id, name: key, value });
			box.checked = state.filters[key]?.includes(value) ?? false;
			const label = element('label', { for: id });
			label.append(`${value} `, element('span', { class: 'cf-search__count' }, `(${count})`));
			const row = element('div', { class: 'cf-search__option' });
			row.append(box, label);
			options.append(row);
		});
		fieldset.append(options);
		if (foldsAway(key, values.length)) {
			const details = element('details', { class: 'cf-search__more-filters' });
			const chosen = state.filters[key]?.length ?? 0;
			if (chosen > 0) details.open = true;
			details.append(element('summary', {}, `${FILTER_NAMES[key]} (${values.length})`), fieldset);
			filtersBox.append(details);
		} else filtersBox.append(fieldset);
	}
	refine.hidden = filtersBox.childElementCount === 0;
	refine.open = chosenCount(state) > 0;

	let results: Awaited<ReturnType<Pagefind['search']>>['results'] = [];
	let shown = 0;
	let generation = 0;

	/** Appends the next results; returns the link of the first one added. */
	async function showMore(): Promise<HTMLAnchorElement | undefined> {
		const batch = results.slice(shown, shown + PAGE_SIZE);
		const mine = generation;
		const data = await Promise.all(batch.map((result) => result.data()));
		if (mine !== generation) return undefined;
		let first: HTMLAnchorElement | undefined;
		for (const result of data) {
			const item = element('li', { class: 'cf-search__result' });
			const title = element('a', { href: result.url }, result.meta.title ?? result.url);
			first ??= title;
			const heading = element('h3', { class: 'cf-search__title' });
			heading.append(title);
			item.append(heading);
			const facts = resultFacts(result.meta);
			if (facts) item.append(element('p', { class: 'cf-search__facts' }, facts));
			const excerpt = element('p', { class: 'cf-search__excerpt' });
			// Pagefind's excerpt is the page's own text, escaped, with <mark> around the words found.
			excerpt.innerHTML = result.excerpt;
			item.append(excerpt);
			list.append(item);
		}
		shown += batch.length;
		more.hidden = shown >= results.length;
		return first;
	}

	async function run(): Promise<void> {
		const mine = ++generation;
		history.replaceState(null, '', `${location.pathname}${searchFromState(state)}`);
		chosen.textContent = chosenSentence(chosenCount(state));
		if (!hasCriteria(state)) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = 'Saisissez des mots ou choisissez un filtre.';
			return;
		}
		const search = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
		if (mine !== generation) return;
		results = search.results;
		shown = 0;
		list.replaceChildren();
		await showMore();
		if (mine === generation) status.textContent = resultSentence(results.length, state);
	}

	function readForm(): SearchState {
		const filters: SearchState['filters'] = {};
		for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
			const key = box.name as FilterKey;
			(filters[key] ??= []).push(box.value);
		}
		return { query: input.value.trim(), filters };
	}

	let timer: number | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state = readForm();
		void run();
	});
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			state = readForm();
			void run();
		}, 250);
	});
	filtersBox.addEventListener('change', () => {
		state = readForm();
		void run();
	});
	form.addEventListener('reset', () => {
		window.setTimeout(() => {
			state = readForm();
			void run();
		});
	});
	// One batch at a time: a second press while the first loads would add the same results twice and
	// skip the next ones. Focus goes to the first result added, so a keyboard reader carries on from
	// there, and is not dropped when the button hides after the last batch.
	let loadingMore = false;
	more.addEventListener('click', () => {
		if (loadingMore) return;
		loadingMore = true;
		list.setAttribute('aria-busy', 'true');
		void showMore()
			.then((first) => first?.focus())
			.finally(() => {
				loadingMore = false;
				list.removeAttribute('aria-busy');
			});
	});

	root.querySelector('[data-search-loading]')?.remove();
	form.hidden = false;
	await run();
}
