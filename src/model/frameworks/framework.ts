// What a competence framework is, as data: its areas and competences with their official codes and
// titles, and where those were read (so that anyone can check them against the source).

export interface FrameworkSource {
	/** Title of the official document. */
	title: string;
	publisher: string;
	url: string;
	/** The day the list was checked against the source (YYYY-MM-DD). */
	consulted: string;
	/** What was checked there, and what could not be. */
	note?: string;
}

export interface FrameworkCompetence {
	/** Official code: "4.2". */
	code: string;
	/** Official title, in the framework's language. */
	title: string;
	/**
	 * A French title when the official one is not French: the commons' own translation, said so
	 * wherever it is shown.
	 */
	titleFr?: string;
	/** Another title in use for the same competence (the Pix platform's wording). */
	alsoKnownAs?: string;
}

export interface FrameworkArea {
	/** Official code: "4". */
	code: string;
	title: string;
	titleFr?: string;
	competences: FrameworkCompetence[];
}

export interface Framework {
	/** The key a module uses under `frameworks:` ("crcn", "digcomp"). */
	id: string;
	/** Short name: "CRCN", "DigComp 2.2". */
	name: string;
	/** The short name inside a sentence: « le CRCN », « DigComp 2.2 ». */
	inSentence: string;
	/** Full official name. */
	title: string;
	/** Language of the official titles. */
	language: 'fr' | 'en';
	/** What the areas are called in French: « domaine », « domaine de compétences ». */
	areaNoun: string;
	source: FrameworkSource;
	areas: FrameworkArea[];
}
