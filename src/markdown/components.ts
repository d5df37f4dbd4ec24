// The components a content file may import: the only `import` lines the check step lets through.
// Content is written by contributors in pull requests; any other import would run their code
// while the site is built. To allow a component, add it here and say why in the commit.

export const ALLOWED_COMPONENT_IMPORTS: Readonly<Record<string, readonly string[]>> = {
	// Starlight's own components for documentation pages: asides, cards, tabs, steps…
	'@astrojs/starlight/components': [
		'Aside',
		'Badge',
		'Card',
		'CardGrid',
		'FileTree',
		'Icon',
		'LinkButton',
		'LinkCard',
		'Steps',
		'TabItem',
		'Tabs',
	],
};

export function isAllowedComponent(specifier: string, name: string): boolean {
	return ALLOWED_COMPONENT_IMPORTS[specifier]?.includes(name) ?? false;
}
