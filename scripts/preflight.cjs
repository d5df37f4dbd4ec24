// Run before every npm script, by any Node.js: on a version older than the project needs, one line in
// French saying what to do instead of the stack trace Node would print on our TypeScript files.
// Plain CommonJS with nothing newer than what Node 10 reads, so that old versions get this far.
'use strict';

var MINIMUM = [22, 12];

/** The French sentence for `version` ("20.20.2"), or null when it is recent enough. */
function tooOld(version) {
	var parts = String(version).replace(/^v/, '').split('.').map(Number);
	var major = parts[0] || 0;
	var minor = parts[1] || 0;
	if (major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])) return null;
	return (
		'Node.js ' + version + ' est trop ancien : ce projet demande Node.js ' + MINIMUM.join('.') +
		' ou plus récent (Node 24 conseillé) ; voir « Prérequis » dans README.md pour l’installer sans droits administrateur.'
	);
}

module.exports = { tooOld: tooOld };

if (require.main === module) {
	var message = tooOld(process.versions.node);
	if (message) {
		console.error(message);
		process.exit(1);
	}
}
