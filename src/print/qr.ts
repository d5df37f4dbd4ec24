// QR codes as inline SVG, made at build time: a printed sheet leads back to its web page
// without any request to a QR service.
import QRCode from 'qrcode';

export async function qrCodeSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

/** The public address of a site path, when the publisher gave the site's address (`site` in organisation.yaml). */
export function publicUrl(path: string, site: string | undefined, base: string): string | undefined {
	if (!site) return undefined;
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return new URL(`${trimmed}${path}`, site).href;
}
