// Browser tests serve built sites with the same small server as `npm run check:links`.
export { serveDirectory, type StaticServer } from '../../src/serve/static-server.ts';
