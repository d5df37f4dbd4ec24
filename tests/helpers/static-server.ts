// Browser tests serve a built site with the same server the PDF step uses.
export { serveDirectory, type StaticServer } from '../../src/server/static-server.ts';
