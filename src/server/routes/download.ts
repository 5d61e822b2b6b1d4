/** Sending a file: its type, and a Content-Disposition that keeps a Chinese file name (RFC 6266 / 5987). */
import type { FastifyReply } from 'fastify';

/** `attachment` with an ASCII fallback name and the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function sendFile(reply: FastifyReply, file: { fileName: string; mimeType: string; bytes: Uint8Array }): FastifyReply {
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
