// How the practical information of a training reads on a page: prices in euros the French way,
// a contact on one line, a duration with its group size, where a value comes from.
import { formatHours } from '../model/format.ts';
import type { Contact, Price, PriceUnit } from '../model/schemas/training.ts';

/** What a sheet says of an item of practical information nobody gave. */
export const TO_BE_SET = 'À préciser : demandez-le au contact de la formation.';

// Creating an Intl formatter costs far more than using one.
const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 0 });

const PER: Record<PriceUnit, string> = { personne: 'par personne', groupe: 'pour le groupe' };

/** { amount: 250, per: personne } → « 250 € par personne ». */
export function formatPrice(price: Price): string {
	const main = price.kind === 'free' ? 'Gratuit' : price.kind === 'quote' ? 'Sur devis' : `${EUROS.format(price.amount)} ${PER[price.per]}`;
	return price.note ? `${main}. ${price.note}` : main;
}

/** « Secrétariat — secretariat@exemple.org, 05 61 00 00 00 ». */
export function contactLine(contact: Contact): string {
	return [contact.name, [contact.email, contact.phone].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
}

/**
 * The « Durée » item of a sheet, one sentence: « 3 h 30, de 9:00 à 12:30 ; 12 participant·e·s au plus. »,
 * and « À préciser… » when the sheet gives no duration, with the group size it gives still said.
 */
export function durationLine(duration: number | undefined, participants: { min?: number; max: number } | undefined, clock = ''): string {
	const length = duration === undefined ? TO_BE_SET.replace(/\.$/, '') : `${formatHours(duration)}${clock}`;
	const group = participants && (participants.min ? `de ${participants.min} à ${participants.max} participant·e·s` : `${participants.max} participant·e·s au plus`);
	return `${[length, group].filter(Boolean).join(' ; ')}.`;
}
