// Completing an npm lock file with the optional native packages of other platforms it lacks.

interface LockPackage {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
	[key: string]: unknown;
}

export interface Lockfile {
	packages: Record<string, LockPackage>;
	[key: string]: unknown;
}

/** The system, processor and C library a native package's name says it is built for. */
export function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> {
	const n = name.toLowerCase();
	const os = /android/.test(n)
		? 'android'
		: /darwin/.test(n)
			? 'darwin'
			: /win32|windows/.test(n)
				? 'win32'
				: /freebsd/.test(n)
					? 'freebsd'
					: /linux/.test(n)
						? 'linux'
						: undefined;
	const cpu = /arm64|aarch64/.test(n) ? 'arm64' : /x64|x86_64/.test(n) ? 'x64' : /ia32/.test(n) ? 'ia32' : /wasm32/.test(n) ? 'wasm32' : undefined;
	const libc = /musl/.test(n) ? 'musl' : /gnu/.test(n) ? 'glibc' : undefined;
	return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) };
}

/** Optional dependencies that no lock entry satisfies, as [lock path, name, version]. */
export function missingOptionals(lockfile: Lockfile): [string, string, string][] {
	const missing: [string, string, string][] = [];
	const seen = new Set<string>();
	for (const [key, meta] of Object.entries(lockfile.packages)) {
		for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
			const nested = key === '' ? `node_modules/${name}` : `${key}/node_modules/${name}`;
			if (lockfile.packages[nested] || lockfile.packages[`node_modules/${name}`] || seen.has(name)) continue;
			seen.add(name);
			missing.push([`node_modules/${name}`, name, version]);
		}
	}
	return missing;
}

export function completeLockfile(lockfile: Lockfile): { lockfile: Lockfile; added: string[] } {
	const missing = missingOptionals(lockfile);
	if (missing.length === 0) return { lockfile, added: [] };
	const packages = { ...lockfile.packages };
	for (const [path, name, version] of missing) packages[path] = { version, optional: true, ...platformOf(name) };
	const sorted = Object.fromEntries(
		Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
	);
	return { lockfile: { ...lockfile, packages: sorted }, added: missing.map(([, name, version]) => `${name}@${version}`) };
}
