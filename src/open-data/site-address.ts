// The address an export gives a site path: absolute under the site's public address when the
// publisher gave one (`site` in organisation.yaml, see src/site/deployment.ts), otherwise the path
// under the site's base, which a reader resolves against where the file was found.
import { publicUrl } from '../print/qr.ts';
import { withBase } from '../site/urls.ts';

/** A site path without base ("/modules/caf/") → the address to publish. */
export type SiteAddress = (path: string) => string;

export function siteAddress(site: string | URL | undefined, base: string): SiteAddress {
	const origin = site === undefined ? undefined : String(site);
	return (path) => publicUrl(path, origin, base) ?? withBase(path, base);
}
