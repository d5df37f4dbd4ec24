// Browser tests serve built sites with the same small server as the PDF step and `npm run check:links`.
export { serveDirectory, type StaticServer } from '../../src/server/static-server.ts';
