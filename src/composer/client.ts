// The learning-path builder in the browser: reads the form, asks plan.ts for the path, shows it,
// and keeps the choice in the address so the link can be shared (nothing is sent anywhere).
import { frenchSpacing } from '../typography/french-spacing.ts';
import { planPath, selectionFromSearch, selectionToSearch, type Plan, type PlanData, type PlanNote } from './plan.ts';

function formatHours(hours: number): string {
	const minutes = Math.round(hours * 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

export function totalsSentence(plan: Plan): string {
	const count = plan.steps.length;
	if (count === 0) return 'Aucun module choisi.';
	const modules = count === 1 ? '1 module' : `${count} modules`;
	const sessions = plan.sessions === 1 ? '1 demi-journée' : `${plan.sessions} demi-journées`;
	const missing = plan.withoutDuration.length > 0 ? ` (sans compter ${plan.withoutDuration.length === 1 ? '1 module dont la durée est à définir' : `${plan.withoutDuration.length} modules dont la durée est à définir`})` : '';
	// More half-days than the hours need: each module starts a half-day of its own, which a reader
	// would otherwise take for a miscount.
	const whole = plan.sessions > Math.ceil(plan.hours / 3.5) ? ' (chaque module commence une nouvelle demi-journée)' : '';
	return frenchSpacing(`${modules}, ${formatHours(plan.hours)} de formation, sur ${sessions}${whole}${missing}.`);
}

export function startComposer(root: HTMLElement, data: PlanData): void {
	const form = root.querySelector<HTMLFormElement>('[data-composer-form]')!;
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="modules"]')];
	const addMissing = form.querySelector<HTMLInputElement>('input[name="ajouter"]')!;
	const totals = root.querySelector<HTMLElement>('[data-composer-totals]')!;
	const steps = root.querySelector<HTMLOListElement>('[data-composer-steps]')!;
	const notes = root.querySelector<HTMLElement>('[data-composer-notes]')!;
	const share = root.querySelector<HTMLElement>('[data-composer-share]')!;
	const link = root.querySelector<HTMLInputElement>('[data-composer-link]')!;
	const byId = new Map(data.modules.map((module) => [module.id, module]));
	const base = `${location.pathname}`;
	const moduleHref = (id: string) => `${base.replace(/composer\/$/, '')}modules/${id}/`;
	const name = (id: string) => {
		const module = byId.get(id);
		return module ? `Module ${module.number} · ${module.title}` : id;
	};

	function noteText(note: PlanNote): string {
		switch (note.kind) {
			case 'added':
				return `${name(note.moduleId)} a été ajouté : c’est un prérequis de ${name(note.requiredBy)}.`;
			case 'missing':
				return `Il manque ${name(note.moduleId)}, prérequis de ${name(note.requiredBy)}.`;
			case 'missing-choice':
				return `${name(note.requiredBy)} demande d’avoir suivi l’un de ces modules : ${note.moduleIds.map(name).join(' ; ')}.`;
			case 'competence':
				return `${name(note.requiredBy)} demande : ${note.text}${note.moduleIds.length > 0 ? ` (ou d’avoir suivi ${note.moduleIds.map(name).join(' ou ')})` : ''}. À vérifier avec les participant·e·s.`;
		}
	}

	function render(): void {
		const selection = boxes.filter((box) => box.checked).map((box) => box.value);
		const plan = planPath(data, selection, { addMissing: addMissing.checked });
		// Modules the builder added show as ticked: the form says what the path holds.
		for (const box of boxes) box.checked = plan.steps.some((step) => step.id === box.value);
		totals.textContent = totalsSentence(plan);
		steps.replaceChildren(
			...plan.steps.map((step) => {
				const item = document.createElement('li');
				const anchor = document.createElement('a');
				anchor.href = moduleHref(step.id);
				anchor.textContent = name(step.id);
				item.append(anchor, ` — ${step.duration === undefined ? 'durée à définir' : formatHours(step.duration)}`);
				return item;
			}),
		);
		const flagged = plan.notes.filter((note) => note.kind !== 'added');
		const added = plan.notes.filter((note) => note.kind === 'added');
		notes.replaceChildren();
		for (const [title, list] of [
			['Modules ajoutés', added],
			['À vérifier', flagged],
		] as const) {
			if (list.length === 0) continue;
			const heading = document.createElement('h3');
			heading.textContent = title;
			const items = document.createElement('ul');
			items.append(
				...list.map((note) => {
					const item = document.createElement('li');
					item.textContent = frenchSpacing(noteText(note));
					return item;
				}),
			);
			notes.append(heading, items);
		}
		const search = selectionToSearch(plan.steps.map((step) => step.id));
		history.replaceState(null, '', `${location.pathname}${search}`);
		link.value = `${location.origin}${location.pathname}${search}`;
		share.hidden = plan.steps.length === 0;
	}

	function select(ids: readonly string[]): void {
		for (const box of boxes) box.checked = ids.includes(box.value);
		render();
	}

	form.addEventListener('change', (event) => {
		const target = event.target as HTMLElement;
		if (target instanceof HTMLSelectElement && target.dataset.start) {
			if (target.value) select(selectionFromSearch(`?${target.dataset.start}=${encodeURIComponent(target.value)}`, data));
			return;
		}
		render();
	});
	form.addEventListener('reset', () => window.setTimeout(() => select([])));
	root.querySelector('[data-composer-copy]')?.addEventListener('click', () => {
		const sentence = totalsSentence(planPath(data, boxes.filter((box) => box.checked).map((box) => box.value), { addMissing: addMissing.checked }));
		// Without a clipboard (a page served over plain http) or when the browser refuses, the reader
		// is told so, and the link is left selected to copy by hand.
		const refused = () => {
			totals.textContent = frenchSpacing(`${sentence} Le lien n’a pas pu être copié : il est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).`);
			link.focus();
			link.select();
		};
		link.select();
		if (!navigator.clipboard) return refused();
		navigator.clipboard.writeText(link.value).then(() => {
			totals.textContent = `${sentence} Lien copié.`;
		}, refused);
	});
	root.querySelector('[data-composer-print]')?.addEventListener('click', () => window.print());

	form.hidden = false;
	select(selectionFromSearch(location.search, data));
}
