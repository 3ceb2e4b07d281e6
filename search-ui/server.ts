import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { searchDocuments } from '../index/search.ts';
import { requestFromParams, type DocumentIndex } from './api.ts';

const PAGE = path.join(import.meta.dirname, 'public/index.html');

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * The search page and its API on loopback. The browser never talks to Meilisearch and never sees
 * the master key: every search goes through `/api/search`.
 */
export function createSearchServer(index: DocumentIndex): http.Server {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        send(res, 200, 'text/html; charset=utf-8', fs.readFileSync(PAGE, 'utf8'));
      } else if (url.pathname === '/api/search') {
        const result = await searchDocuments(index, requestFromParams(url.searchParams));
        send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      } else {
        send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: 'not found' }));
      }
    } catch (error) {
      send(res, 502, 'application/json; charset=utf-8', JSON.stringify({ error: `Sökservern svarar inte: ${(error as Error).message}` }));
    }
  });
}
