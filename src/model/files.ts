// Which files under content/ are content: the one rule that both the model's loader and Astro's
// collections follow, so that the files the check reads are exactly the files the build loads.
// Everything else under content/ is either an image or a problem the check reports: a file the
// build would not read must not sit where a reviewer believes it was checked.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
	ACCESSIBILITY_FILE,
	collectionNames,
	DATA_EXTENSIONS,
	extensionsOf,
	idFromPath,
	MARKDOWN_EXTENSIONS,
	ORGANISATION_FILE,
	specOf,
	type CollectionName,
} from './collections.ts';
import { createMessage, type ContentMessage } from './diagnostics.ts';

/** Images a content file may show; the site publishes them through Astro's image pipeline. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'] as const;

const CONTENT_EXTENSIONS: readonly string[] = [...MARKDOWN_EXTENSIONS, ...DATA_EXTENSIONS];

/** A file of a collection, in the order the collection lists them. */
export interface ContentFile {
	collection: CollectionName;
	id: string;
	absolute: string;
	/** Path from the project root, with "/" separators: what messages print. */
	file: string;
	/** Path inside the collection folder, with "/" separators. */
	relative: string;
	extension: string;
}

export interface ContentSelection {
	/** Absolute path of the content folder. */
	contentRoot: string;
	files: ContentFile[];
	/** content/organisation.yaml and content/accessibilite.yaml, when they are regular files. */
	organisation?: string;
	accessibility?: string;
	/** Images, as paths from the project root. */
	images: string[];
	messages: ContentMessage[];
}

const toPosix = (path: string) => path.split(sep).join('/');

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function byName(a: Dirent, b: Dirent): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The collection whose folder is the first segment of `segments`, if any. */
function collectionOfFolder(folder: string | undefined): CollectionName | undefined {
	return folder === undefined ? undefined : collectionNames.find((name) => specOf(name).folder === folder);
}

/**
 * Walks the content folder without following symbolic links and sorts every file into content,
 * image, draft or problem. Reads no file's text: the loader does that for the files selected.
 */
export function selectContentFiles(root: string, contentDir: string): ContentSelection {
	const contentRoot = resolve(root, contentDir);
	const selection: ContentSelection = { contentRoot, files: [], images: [], messages: [] };
	const fileOf = (absolute: string) => toPosix(relative(root, absolute));
	const shownDir = toPosix(contentDir);
	const report = (absolute: string, ruleId: string, severity: 'error' | 'warning', message: string, hint: string) =>
		selection.messages.push(createMessage({ file: fileOf(absolute), ruleId, severity, message, hint }));

	const visit = (dir: string, segments: string[]) => {
		for (const item of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
			const absolute = join(dir, item.name);
			const inside = [...segments, item.name];
			if (item.name.startsWith('.')) {
				report(
					absolute,
					'hidden-file',
					'error',
					`${item.isDirectory() ? 'dossier caché' : 'fichier caché'} « ${item.name} » : le contenu ne contient aucun fichier dont le nom commence par un point`,
					item.name === '.DS_Store'
						? 'supprimez ce fichier (macOS le crée tout seul) et ajoutez « .DS_Store » à votre .gitignore global'
						: `renommez-le sans le point initial, ou rangez-le hors de ${shownDir}/`,
				);
				continue;
			}
			if (item.isSymbolicLink()) {
				report(
					absolute,
					'symbolic-link',
					'error',
					`lien symbolique « ${item.name} » : le contenu ne contient que des fichiers et des dossiers réels`,
					`remplacez le lien par une copie du fichier ou du dossier, placée dans ${shownDir}/`,
				);
				continue;
			}
			if (item.name.startsWith('_')) {
				report(
					absolute,
					'unowned-file',
					'error',
					`brouillon « ${item.name} » : un nom qui commence par « _ » n’est ni lu ni vérifié, il n’a pas sa place dans le contenu`,
					`gardez vos brouillons hors de ${shownDir}/ (ou dans une branche) ; pour publier ce contenu, retirez le « _ » du nom`,
				);
				continue;
			}
			if (item.isDirectory()) {
				visit(absolute, inside);
				continue;
			}
			if (!item.isFile()) {
				report(
					absolute,
					'special-file',
					'error',
					`« ${item.name} » n’est pas un fichier ordinaire (tube, prise ou périphérique)`,
					'supprimez-le : le contenu ne contient que des fichiers texte et des images',
				);
				continue;
			}
			classify(absolute, inside);
		}
	};

	const classify = (absolute: string, segments: string[]) => {
		const name = segments.at(-1)!;
		const extension = extensionOf(name);
		if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
			selection.images.push(fileOf(absolute));
			return;
		}
		if (segments.length === 1 && name === ORGANISATION_FILE) {
			selection.organisation = absolute;
			return;
		}
		if (segments.length === 1 && name === ACCESSIBILITY_FILE) {
			selection.accessibility = absolute;
			return;
		}
		const collection = collectionOfFolder(segments.length > 1 ? segments[0] : undefined);
		const isContent = CONTENT_EXTENSIONS.includes(extension);
		if (collection) {
			const spec = specOf(collection);
			const inSubfolder = segments.length > 2;
			if (extensionsOf(spec.format).includes(extension) && (spec.nested || !inSubfolder)) {
				const inCollection = segments.slice(1).join('/');
				selection.files.push({ collection, id: idFromPath(inCollection), absolute, file: fileOf(absolute), relative: inCollection, extension });
				return;
			}
			if (isContent && inSubfolder && !spec.nested) {
				report(
					absolute,
					'unowned-file',
					'error',
					`fichier non lu : les fichiers de « ${spec.folder} » se placent directement dans ce dossier, pas dans un sous-dossier`,
					`déplacez-le dans ${shownDir}/${spec.folder}/, ou rangez-le hors de ${shownDir}/ si c’est un brouillon`,
				);
				return;
			}
			if (isContent) {
				report(
					absolute,
					'unowned-file',
					'error',
					`fichier non lu : seuls les fichiers ${extensionsOf(spec.format).join(' ou ')} sont lus dans « ${spec.folder} »`,
					`renommez-le avec l’extension ${extensionsOf(spec.format)[0]}, ou rangez-le hors de ${shownDir}/`,
				);
				return;
			}
		} else if (isContent) {
			const folders = collectionNames.map((collectionName) => specOf(collectionName).folder).join(', ');
			report(
				absolute,
				'unowned-file',
				'error',
				`fichier non lu : « ${toPosix(segments.join('/'))} » n’est dans le dossier d’aucune collection`,
				`un contenu se range dans l’un des dossiers ${folders} de ${shownDir}/ ; un brouillon se garde hors de ${shownDir}/`,
			);
			return;
		}
		report(
			absolute,
			'ignored-file',
			'warning',
			`fichier ignoré : « ${extension || name} » n’est ni un contenu (.mdx, .md, .yaml) ni une image`,
			`rangez-le hors de ${shownDir}/ ; une image s’enregistre en ${IMAGE_EXTENSIONS.join(', ')}`,
		);
	};

	if (isDirectory(contentRoot)) visit(contentRoot, []);
	return selection;
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
