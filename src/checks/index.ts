// The check step: every rule over the content graph, plus what the loader found, as one list of messages.
import { createMessage, sortMessages, type ContentMessage } from '../model/diagnostics.ts';
import type { LoadedEntry } from '../model/load.ts';
import type { Project } from '../model/project.ts';
import type { Rule } from './rule.ts';
import { guarded } from './support/guarded.ts';
import { agendaLength } from './agenda-length.ts';
import { changelogVersion } from './changelog-version.ts';
import { componentProps } from './component-props.ts';
import { duplicateNumber } from './duplicate-number.ts';
import { duplicateReference } from './duplicate-reference.ts';
import { followUpIsPrerequisite } from './follow-up-is-prerequisite.ts';
import { forbiddenExpression } from './forbidden-expression.ts';
import { forbiddenHtml } from './forbidden-html.ts';
import { forbiddenImport } from './forbidden-import.ts';
import { forbiddenUrl } from './forbidden-url.ts';
import { incompatibleLicence } from './incompatible-licence.ts';
import { malformedQuiz } from './malformed-quiz.ts';
import { markdownDepth } from './markdown-depth.ts';
import { missingDuration } from './missing-duration.ts';
import { missingFile } from './missing-file.ts';
import { missingLogo } from './missing-logo.ts';
import { missingParticipants } from './missing-participants.ts';
import { moduleWithoutPersona } from './module-without-persona.ts';
import { orphanModule } from './orphan-module.ts';
import { parcoursOrder } from './parcours-order.ts';
import { placeholder } from './placeholder.ts';
import { gluedWord } from './glued-word.ts';
import { prerequisiteCycle } from './prerequisite-cycle.ts';
import { selfReference } from './self-reference.ts';
import { duplicateTypeId } from './duplicate-type-id.ts';
import { unknownComponent } from './unknown-component.ts';
import { unsafeSvg } from './unsafe-svg.ts';
import { codeBlockOptions } from './code-block-options.ts';
import { unknownDeck } from './unknown-deck.ts';
import { unknownDirective } from './unknown-directive.ts';
import { unknownKitPage } from './unknown-kit-page.ts';
import { unknownMediationType } from './unknown-mediation-type.ts';
import { unknownAnchor } from './unknown-anchor.ts';
import { unknownModule } from './unknown-module.ts';
import { unknownPage } from './unknown-page.ts';
import { unknownParcours } from './unknown-parcours.ts';
import { unknownPersona } from './unknown-persona.ts';
import { unknownQuestionnaire } from './unknown-questionnaire.ts';
import { unknownRole } from './unknown-role.ts';
import { unknownSection } from './unknown-section.ts';
import { unknownStructureType } from './unknown-structure-type.ts';
import { unknownTerm } from './unknown-term.ts';
import { unknownQuiz } from './unknown-quiz.ts';
import { unknownCompetenceCode } from './unknown-competence-code.ts';
import { unknownTrainingCode } from './unknown-training-code.ts';
import { lheoIncomplete } from './lheo-incomplete.ts';
import { sequenceDuration } from './sequence-duration.ts';
import { objectiveVerb } from './objective-verb.ts';
import { unassessedObjective } from './unassessed-objective.ts';
import { qualiopiIndicateur1 } from './qualiopi-indicateur-1.ts';

/** Every rule, in the order their messages are most useful; each lives in its own file. */
export const rules: Rule[] = [
	// Every reference names something that exists.
	unknownModule,
	unknownSection,
	unknownParcours,
	unknownPersona,
	unknownRole,
	unknownTerm,
	unknownDeck,
	unknownKitPage,
	unknownQuestionnaire,
	unknownQuiz,
	unknownDirective,
	unknownPage,
	unknownAnchor,
	unknownCompetenceCode,
	unknownTrainingCode,
	// The kit's directory names types the typology declares, once each.
	unknownMediationType,
	unknownStructureType,
	duplicateTypeId,
	// The prerequisite graph and the catalogue hold together.
	selfReference,
	duplicateReference,
	prerequisiteCycle,
	parcoursOrder,
	duplicateNumber,
	missingLogo,
	missingFile,
	unsafeSvg,
	incompatibleLicence,
	malformedQuiz,
	// A module is a training action: its running order fits its duration.
	sequenceDuration,
	// Content safety: nothing in a content file runs code or loads a foreign document.
	forbiddenImport,
	unknownComponent,
	componentProps,
	codeBlockOptions,
	forbiddenExpression,
	forbiddenHtml,
	forbiddenUrl,
	markdownDepth,
	// Warnings: the catalogue is complete and consistent.
	orphanModule,
	followUpIsPrerequisite,
	moduleWithoutPersona,
	changelogVersion,
	missingDuration,
	missingParticipants,
	agendaLength,
	placeholder,
	gluedWord,
	objectiveVerb,
	unassessedObjective,
	qualiopiIndicateur1,
	lheoIncomplete,
];

export interface CheckOptions {
	/** Treat warnings as errors. */
	strict?: boolean;
	/** Run only these rules (all when absent). */
	only?: readonly string[];
}

export function runChecks(project: Project, options: CheckOptions = {}): ContentMessage[] {
	const messages = [...project.content.messages];
	for (const rule of rules.map(guarded)) {
		if (options.only && !options.only.includes(rule.id)) continue;
		rule.check({
			content: project.content,
			graph: project.graph,
			at: (entry: LoadedEntry, path, locateOptions) => entry.locate(path, locateOptions),
			report: (problem) =>
				messages.push(
					createMessage({
						file: problem.file,
						point: problem.point,
						ruleId: rule.id,
						severity: problem.severity ?? rule.severity,
						message: problem.message,
						hint: problem.hint,
						related: problem.related,
					}),
				),
		});
	}
	if (options.strict) for (const message of messages) message.fatal = true;
	return sortMessages(messages);
}
