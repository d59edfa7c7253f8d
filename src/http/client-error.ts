import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { AppError, type ErrorCode } from '../core/errors.js';
import { envelope } from './envelope.js';

/** How long a refused connection may take to read the answer before it is cut. */
const LINGER_MS = 2_000;

/** The parser's refusals that have their own status; every other one is a malformed request. */
function codeOf(error: NodeJS.ErrnoException): ErrorCode {
  switch (error.code) {
    // Node's limit on the request line and headers together (16 KiB by default): a long URL trips it too.
    case 'HPE_HEADER_OVERFLOW':
      return 'HEADERS_TOO_LARGE';
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 'PAYLOAD_TOO_LARGE';
    // The request's headers did not all arrive within the server's headers timeout.
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 'REQUEST_TIMEOUT';
    default:
      return 'MALFORMED_REQUEST';
  }
}

/**
 * Fastify's `clientErrorHandler`: answers what Node's HTTP parser refuses before any request exists (a header
 * block over the limit, bytes that are not HTTP) with the same error envelope and `x-request-id` as every
 * other answer, instead of Node's or Fastify's own bodies. Written raw on the socket, as there is no reply
 * object, and the connection is closed: the parser cannot find where the next request would start.
 */
export function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection is gone; a socket already answered may report the rest of the bad bytes again.
  if (error.code === 'ECONNRESET' || socket.destroyed || socket.writableEnded || !socket.writable) {
    socket.destroy();
    return;
  }
  const requestId = uuidv7();
  const appError = new AppError(codeOf(error));
  this.log.info(
    { reqId: requestId, parserError: error.code, remoteAddress: socket.remoteAddress, statusCode: appError.status },
    'refused a request the HTTP parser could not read',
  );
  const answer = () => {
    if (socket.destroyed || socket.writableEnded) return;
    const body = JSON.stringify(envelope(appError, requestId));
    socket.end(
      [
        `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}`,
        'content-type: application/json; charset=utf-8',
        `content-length: ${Buffer.byteLength(body)}`,
        `x-request-id: ${requestId}`,
        'connection: close',
        '',
        body,
      ].join('\r\n'),
    );
    // Closing while the client still sends (the rest of an oversized header) could reset the connection
    // before it reads the answer; let it finish, within a bound.
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  // A pipelined request read before the bad one may still be answering: its answer goes first, whole.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (inFlight && !inFlight.writableFinished) inFlight.once('finish', answer);
  else answer();
}
