// How the practical information of a training reads on a page: prices in euros the French way,
// a contact on one line, where a value comes from.
import type { Contact, Price, PriceUnit } from '../model/schemas/training.ts';

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
