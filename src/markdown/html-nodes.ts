// mdast nodes that render as a given HTML element: they carry it in data.hName, as remark plugins do.
import type { RootContent } from 'mdast';

type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>;

export function element(tag: string, properties: Record<string, unknown>, children: RootContent[] = []): ContainerDirective {
	return {
		type: 'containerDirective',
		name: tag,
		attributes: {},
		data: { hName: tag, hProperties: properties } as ContainerDirective['data'],
		children: children as ContainerDirective['children'],
	};
}
