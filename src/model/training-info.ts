// A module as a training action: its practical information once the organisation's defaults are
// applied, the nine items Qualiopi's indicator 1 asks to publish, and the running order's clock.
import type { Module, Organisation, SequenceStep } from './schemas/index.ts';
import { CONTACT_ROLES, type Contact, type ContactRole, type Price, type TrainingFormat } from './schemas/training.ts';

/** Where a value of the practical information comes from. */
export type Origin = 'module' | 'organisation';

export interface Sourced<T> {
	value: T;
	from: Origin;
}

export interface PracticalInfo {
	access?: Sourced<string>;
	leadTime?: Sourced<string>;
	price?: Sourced<Price>;
	contacts: Partial<Record<ContactRole, Sourced<Contact>>>;
	disabilityAccess?: Sourced<string>;
	format?: Sourced<TrainingFormat>;
	location?: Sourced<string>;
	/** Minutes after midnight; 9:00 when neither the module nor the organisation says. */
	startTime: Sourced<number> | { value: number; from: 'default' };
}

/** When a day starts if nobody says otherwise. */
export const DEFAULT_START_TIME = 9 * 60;

type PracticalField = 'access' | 'leadTime' | 'price' | 'disabilityAccess' | 'format' | 'location' | 'startTime';

/** The module's practical information, each field from the module or else from organisation.yaml's `training`. */
export function practicalInfo(module: Module, organisation?: Organisation): PracticalInfo {
	const defaults = organisation?.training;
	const pick = <K extends PracticalField>(field: K): Sourced<NonNullable<Module[K]>> | undefined => {
		const own = module[field];
		if (own !== undefined) return { value: own as NonNullable<Module[K]>, from: 'module' };
		const shared = defaults?.[field];
		return shared !== undefined ? { value: shared as NonNullable<Module[K]>, from: 'organisation' } : undefined;
	};
	const contacts: PracticalInfo['contacts'] = {};
	for (const role of CONTACT_ROLES) {
		const own = module.contacts?.[role];
		const shared = defaults?.contacts?.[role];
		if (own) contacts[role] = { value: own, from: 'module' };
		else if (shared) contacts[role] = { value: shared, from: 'organisation' };
	}
	return {
		access: pick('access'),
		leadTime: pick('leadTime'),
		price: pick('price'),
		contacts,
		disabilityAccess: pick('disabilityAccess'),
		format: pick('format'),
		location: pick('location'),
		startTime: pick('startTime') ?? { value: DEFAULT_START_TIME, from: 'default' },
	};
}

/** The methods a sheet shows: its own list, or else the methods of its running order. */
export function methodsOf(module: Module): string[] {
	if (module.methods.length > 0) return module.methods;
	const seen = new Set<string>();
	for (const step of module.sequence) if (!step.break && step.method) seen.add(step.method);
	return [...seen];
}

/** The evaluation moments that say whether learning happened (satisfaction alone does not). */
const LEARNING_MOMENTS = ['positioning', 'formative', 'summative'] as const;

export const QUALIOPI_ITEM_IDS = [
	'prerequisites',
	'objectives',
	'duration',
	'access',
	'price',
	'contacts',
	'methods',
	'evaluation',
	'accessibility',
] as const;
export type QualiopiItemId = (typeof QUALIOPI_ITEM_IDS)[number];

export interface QualiopiItem {
	id: QualiopiItemId;
	/** The item's words in the Référentiel national qualité, indicator 1: the sheet's heading. */
	heading: string;
	/** The fields that give the item, as a contributor writes them. */
	fields: string;
	/** Whether the organisation can give it for every module (organisation.yaml › training). */
	shared: boolean;
}

/**
 * The nine items of indicator 1 of the Référentiel national qualité (décret n° 2019-565 du 6 juin
 * 2019): « prérequis, objectifs, durée, modalités et délais d’accès, tarifs, contacts, méthodes
 * mobilisées et modalités d’évaluation, accessibilité aux personnes handicapées ».
 */
export const QUALIOPI_ITEMS: readonly QualiopiItem[] = [
	{ id: 'prerequisites', heading: 'Prérequis', fields: 'prerequisites', shared: false },
	{ id: 'objectives', heading: 'Objectifs', fields: 'objectives', shared: false },
	{ id: 'duration', heading: 'Durée', fields: 'duration', shared: false },
	{ id: 'access', heading: 'Modalités et délais d’accès', fields: 'access, leadTime', shared: true },
	{ id: 'price', heading: 'Tarifs', fields: 'price', shared: true },
	{ id: 'contacts', heading: 'Contacts', fields: 'contacts (pedagogical ou administrative)', shared: true },
	{ id: 'methods', heading: 'Méthodes mobilisées', fields: 'methods (ou les « method » du déroulé)', shared: false },
	{ id: 'evaluation', heading: 'Modalités d’évaluation', fields: 'evaluation (positioning, formative ou summative)', shared: false },
	{ id: 'accessibility', heading: 'Accessibilité aux personnes handicapées', fields: 'disabilityAccess', shared: true },
];

/** Where each item's heading is on a module sheet: the site's table of contents and other pages link to it. */
export const PRACTICAL_ANCHORS: Record<QualiopiItemId, string> = {
	prerequisites: 'prerequis',
	objectives: 'objectifs',
	duration: 'duree',
	access: 'acces',
	price: 'tarifs',
	contacts: 'contacts',
	methods: 'methodes',
	evaluation: 'evaluation',
	accessibility: 'accessibilite',
};

export type ItemStatus = Origin | 'missing';

export interface QualiopiRow {
	item: QualiopiItem;
	/** `organisation` as soon as part of the item comes from the organisation's defaults. */
	status: ItemStatus;
}

function combine(...parts: (Sourced<unknown> | undefined)[]): ItemStatus {
	if (parts.some((part) => part === undefined)) return 'missing';
	return parts.some((part) => part!.from === 'organisation') ? 'organisation' : 'module';
}

/** Each of the nine items for one module: given by the module, by the organisation, or missing. */
export function qualiopiRows(module: Module, organisation?: Organisation): QualiopiRow[] {
	const info = practicalInfo(module, organisation);
	const present = (yes: boolean): ItemStatus => (yes ? 'module' : 'missing');
	const status: Record<QualiopiItemId, ItemStatus> = {
		// An empty list is a statement: the sheet says « Aucun prérequis ».
		prerequisites: 'module',
		objectives: present(module.objectives.length > 0),
		duration: present(module.duration !== undefined),
		access: combine(info.access, info.leadTime),
		price: combine(info.price),
		contacts: info.contacts.pedagogical || info.contacts.administrative
			? combine(info.contacts.pedagogical ?? info.contacts.administrative)
			: 'missing',
		methods: present(methodsOf(module).length > 0),
		evaluation: present(LEARNING_MOMENTS.some((moment) => module.evaluation?.[moment] !== undefined)),
		accessibility: combine(info.disabilityAccess),
	};
	return QUALIOPI_ITEMS.map((item) => ({ item, status: status[item.id] }));
}

export interface ClockedStep {
	step: SequenceStep;
	/** Position in `sequence`. */
	index: number;
	/** Minutes after midnight. */
	start: number;
	end: number;
}

/** The running order with its clock: each step starts where the previous one ended. */
export function runningOrder(sequence: readonly SequenceStep[], startTime: number): ClockedStep[] {
	let clock = startTime;
	return sequence.map((step, index) => {
		const start = clock;
		clock += step.minutes;
		return { step, index, start, end: clock };
	});
}

/** Minutes of training in a running order: breaks are not training time. */
export function trainingMinutes(sequence: readonly SequenceStep[]): number {
	return sequence.reduce((total, step) => total + (step.break ? 0 : step.minutes), 0);
}

/** 560 → "9 h 20" (with non-breaking spaces, as French clocks are written). */
export function formatClock(minutes: number): string {
	const day = ((minutes % 1440) + 1440) % 1440;
	return `${Math.floor(day / 60)}\u00a0h\u00a0${String(day % 60).padStart(2, '0')}`;
}
