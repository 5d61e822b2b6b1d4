/**
 * Imports over HTTP: preview (stored with its bytes), confirm (re-read from the stored bytes, one transaction),
 * reject, replace, the history, the original file, the upload limit, who may import which unit, stale previews.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportDetailJson, ImportSummaryJson } from '../../contract/imports';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, testConfig, type TestClient, type TestServer } from '../testing';
import { seedBytes, seedFileName, upload } from './testing-routes';

let db: Database;
let server: TestServer;
let now = new Date('2021-03-01T08:00:00Z');
let editor: TestClient;
let reviewer: TestClient;
let editorB: TestClient;
let bytes: Uint8Array;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db, { clock: () => now, config: testConfig({ uploadLimitBytes: 512 * 1024 }) });
  editor = await server.userOf('unit_editor');
  reviewer = await server.userOf('finance_reviewer');
  editorB = await server.userOf('unit_editor', { unit: 'B' });
  bytes = await seedBytes();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const preview = async (client: TestClient, file = { fileName: seedFileName, bytes }, fields: Record<string, string> = {}) => {
  const response = await upload(server, client, file, fields);
  return { status: response.statusCode, body: response.json<ImportDetailJson & { error?: { code: string; message: string; fields?: { path: string }[] } }>() };
};
const history = async (client: TestClient, query = '') => (await client.get(`/api/imports${query}`)).json<{ items: ImportSummaryJson[]; total: number }>();

describe('uploading', () => {
  it('keeps a preview with the file, readable again by id, listed with who uploaded it', async () => {
    const { status, body } = await preview(editor);
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'preview', format: 'text', byteSize: bytes.byteLength, importedAt: now.toISOString(), uploadedBy: { id: editor.userId }, canConfirm: true, exists: false });
    expect(body.importFindings.every((finding) => finding.severity !== 'error')).toBe(true);
    expect((await editor.get(`/api/imports/${body.id}`)).json<ImportDetailJson>()).toEqual(body);
    const source = await editor.get(`/api/imports/${body.id}/source`);
    expect(new Uint8Array(source.rawPayload)).toEqual(bytes);
    expect(source.headers['content-disposition']).toContain(`filename*=UTF-8''${seedFileName}`);
    expect((await history(editor)).items[0]).toMatchObject({ id: body.id, status: 'preview', unit: { code: '203001' }, uploadedBy: { displayName: expect.any(String) } });
    expect((await editor.post(`/api/imports/${body.id}/reject`)).json<ImportDetailJson>()).toMatchObject({ status: 'rejected', canConfirm: false });
    expect((await editor.post(`/api/imports/${body.id}/reject`)).statusCode).toBe(409);
    expect((await editor.post(`/api/imports/${body.id}/confirm`, { replace: false })).statusCode).toBe(409);
    expect((await history(editor, '?status=rejected')).items.map((item) => item.id)).toContain(body.id);
  });

  it('takes the year as a field, and refuses a missing file or a bad field with its name', async () => {
    expect((await preview(editor, { fileName: seedFileName, bytes }, { year: '2022' })).body.year).toBe(2022);
    expect((await preview(editor, { fileName: seedFileName, bytes }, { year: 'abc' })).body.error?.fields?.map((field) => field.path)).toEqual(['year']);
    const json = await editor.post('/api/imports', { file: 'not a file' });
    expect({ status: json.statusCode, paths: json.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path) }).toEqual({ status: 400, paths: ['file'] });
  });

  it('answers 413 for a file over the upload limit, and stores nothing', async () => {
    const before = (await history(editor)).total;
    const big = new Uint8Array(600 * 1024).fill(0x41);
    const { status, body } = await preview(editor, { fileName: 'big.txt', bytes: big });
    expect({ status, code: body.error?.code }).toEqual({ status: 413, code: 'payload_too_large' });
    expect((await history(editor)).total).toBe(before);
  });

  it('shows a document with errors, which cannot be confirmed', async () => {
    const truncated = bytes.subarray(0, Math.floor(bytes.byteLength / 3));
    const { body } = await preview(editor, { fileName: 'truncated.txt', bytes: truncated });
    expect(body.canConfirm).toBe(false);
    expect(body.importFindings.some((finding) => finding.severity === 'error')).toBe(true);
    const confirm = await editor.post(`/api/imports/${body.id}/confirm`, { replace: false });
    expect(confirm.json()).toMatchObject({ error: { code: 'import_rejected', details: { findings: expect.any(Array) } } });
    expect(confirm.statusCode).toBe(422);
  });

  it('refuses a document of another unit, saying which unit it is, and keeps nothing', async () => {
    const { status, body } = await preview(editorB);
    expect(status).toBe(403);
    expect(body.error?.message).toContain('203001');
    expect((await history(editorB)).total).toBe(0);
  });
});

describe('confirming', () => {
  it('stores the unit year from the stored bytes; a finance reviewer of the division may confirm an editor upload', async () => {
    const { body } = await preview(editor);
    expect((await editorB.post(`/api/imports/${body.id}/confirm`, { replace: false })).statusCode).toBe(404);
    const response = await reviewer.post(`/api/imports/${body.id}/confirm`, { replace: false });
    expect(response.statusCode).toBe(200);
    expect(response.json<ImportDetailJson>()).toMatchObject({ status: 'stored', replaced: false, exists: true, unitYearId: expect.any(String) });
    expect((await reviewer.post(`/api/imports/${body.id}/confirm`, { replace: false })).json()).toMatchObject({ error: { code: 'conflict' } });
    const events = (await reviewer.get(`/api/audit?entityId=${body.id}`)).json<{ items: { action: string }[] }>();
    expect(events.items.map((event) => event.action)).toEqual(['import.confirm', 'import.preview']);
  });

  it('needs replace for a stored unit year, replaces it atomically, and refuses to replace submitted targets', async () => {
    const { body } = await preview(editor);
    expect(body).toMatchObject({ exists: true, canConfirm: true });
    expect((await editor.post(`/api/imports/${body.id}/confirm`, { replace: false })).json()).toMatchObject({ error: { code: 'already_exists' } });
    const replaced = await editor.post(`/api/imports/${body.id}/confirm`, { replace: true });
    expect(replaced.json<ImportDetailJson>()).toMatchObject({ status: 'stored', replaced: true });
    const leader = await server.userOf('unit_leader');
    expect((await leader.post(`/api/unit-years/${replaced.json<ImportDetailJson>().unitYearId}/submit`)).statusCode).toBe(200);
    const again = (await preview(editor)).body;
    expect((await editor.post(`/api/imports/${again.id}/confirm`, { replace: true })).json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'status', status: 'submitted' } } });
    expect((await editor.get(`/api/imports/${again.id}`)).json<ImportDetailJson>().status).toBe('preview');
  });

  it('drops previews nobody confirmed within a day when imports are next listed', async () => {
    const { body } = await preview(editor);
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    // A day later the session has ended too: a colleague of the same unit logs in.
    const colleague = await server.userOf('unit_editor');
    const listed = await history(colleague);
    expect(listed.items.some((item) => item.id === body.id)).toBe(false);
    expect(listed.items.some((item) => item.status === 'stored')).toBe(true);
    expect((await colleague.get(`/api/imports/${body.id}`)).statusCode).toBe(404);
  });
});
