/**
 * Helpers for the tests of the resource routes (used by tests only): uploading a file as multipart, importing
 * the reference document through the API, and reading the seed's ids.
 */
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { importDocument } from '../../app/import-document';
import type { ProjectDetailJson } from '../../contract/projects';
import type { UnitYearDetailJson } from '../../contract/unit-years';
import type { TestClient, TestServer } from '../testing';

export const seedFileName = 'changli-2021.txt';

export async function seedBytes(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../../fixtures/${seedFileName}`, import.meta.url)));
}

/** A multipart/form-data body with one file (field `file`) and text fields. */
export function multipartBody(file: { fileName: string; bytes: Uint8Array }, fields: Record<string, string> = {}): { payload: Buffer; contentType: string } {
  const boundary = `----jixiao${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.from(file.bytes));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a file to POST /api/imports as `client` (with its cookie and CSRF token unless `headers` override them). */
export function upload(server: TestServer, client: TestClient, file: { fileName: string; bytes: Uint8Array }, fields: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(file, fields);
  return server.app.inject({
    method: 'POST',
    url: '/api/imports',
    payload,
    headers: {
      'content-type': contentType,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
      ...headers,
    },
  });
}

/** Imports the reference document through the API as `client` (preview, then confirm); returns the unit year's id. */
export async function importSeedOverHttp(server: TestServer, client: TestClient): Promise<string> {
  const preview = await upload(server, client, { fileName: seedFileName, bytes: await seedBytes() });
  if (preview.statusCode !== 201) throw new Error(`upload failed: ${preview.statusCode} ${preview.body}`);
  const confirmed = await client.post(`/api/imports/${preview.json<{ id: string }>().id}/confirm`, { replace: false });
  if (confirmed.statusCode !== 200) throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
  const unitYearId = confirmed.json<{ unitYearId: string | null }>().unitYearId;
  if (!unitYearId) throw new Error('confirm gave no unit year');
  return unitYearId;
}

/** The seed's ids, as the API gives them. */
export interface SeedIds {
  unitYearId: string;
  /** The 远教电教 project. */
  projectId: string;
  /** Its indicator whose target is 100百分百. */
  indicatorId: string;
}

/** Imports the reference document (unit 203001, unit A of the test directory) without HTTP and reads its ids as `reader`. */
export async function importSeed(server: TestServer, reader: TestClient): Promise<SeedIds> {
  await importDocument(server.deps, { fileName: seedFileName, bytes: await seedBytes() });
  return seedIds(reader);
}

/** The ids of the stored reference document, read through the API as `reader`. */
export async function seedIds(reader: TestClient): Promise<SeedIds> {
  const list = (await reader.get('/api/unit-years?q=203001')).json<{ items: { id: string }[] }>();
  const unitYearId = list.items[0]?.id;
  if (!unitYearId) throw new Error('the seed is not stored');
  const detail = (await reader.get(`/api/unit-years/${unitYearId}`)).json<UnitYearDetailJson>();
  const projectId = detail.projects.find((project) => project.name.includes('远教电教'))?.id;
  if (!projectId) throw new Error('the seed has no 远教电教 project');
  const project = (await reader.get(`/api/projects/${projectId}`)).json<ProjectDetailJson>();
  const indicatorId = project.indicators.find((indicator) => indicator.target.raw === '100百分百')?.id;
  if (!indicatorId) throw new Error('the 远教电教 project has no 100百分百 indicator');
  return { unitYearId, projectId, indicatorId };
}
