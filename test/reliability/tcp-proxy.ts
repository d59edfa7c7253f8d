import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 (a free port) in front of a database, for simulating outages:
 *
 * - `cut()`: every connection is closed and the port stops accepting (a database that went down: the
 *   driver sees its connections end and new ones refused).
 * - `blackHole()`: nothing passes any more in either direction, but no connection is closed, and new ones
 *   are accepted and then left unanswered (a network partition, or a host that vanished: no RST, no FIN).
 * - `restore()`: new connections are forwarded again. Connections frozen by a black hole stay frozen for
 *   good (their flows are lost, as after a failover or a NAT reset); the client must give up on them by itself.
 */
export class TcpProxy {
  private server?: Server;
  private port = 0;
  private mode: 'up' | 'cut' | 'blackhole' = 'up';
  /** Forwarded connections: client side → database side. */
  private readonly pairs = new Map<Socket, Socket>();
  /** Connections accepted during a black hole, never forwarded. */
  private readonly held = new Set<Socket>();
  /** Connections frozen by a black hole. */
  private readonly frozen = new Set<Socket>();

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts listening; the address to give the client. */
  async start(): Promise<{ host: string; port: number }> {
    await this.listen();
    return { host: '127.0.0.1', port: this.port };
  }

  get connections(): number {
    return this.pairs.size;
  }

  private async listen(): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  private accept(client: Socket): void {
    client.on('error', () => {});
    if (this.mode !== 'up') {
      this.held.add(client);
      client.on('close', () => this.held.delete(client));
      return;
    }
    const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
    upstream.on('error', () => client.destroy());
    this.pairs.set(client, upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const forget = () => {
      this.pairs.delete(client);
      this.frozen.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
  }

  /** The database goes down: every connection closed, new ones refused. */
  async cut(): Promise<void> {
    this.mode = 'cut';
    const closed = this.server ? new Promise((resolve) => this.server?.close(resolve)) : Promise.resolve();
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    for (const socket of this.held) socket.destroy();
    await closed;
    this.server = undefined;
  }

  /** Nothing passes and nothing is closed; new connections are accepted and left unanswered. */
  blackHole(): void {
    this.mode = 'blackhole';
    for (const [client, upstream] of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
      this.frozen.add(client);
    }
  }

  /** New connections are forwarded again (frozen ones stay frozen). */
  async restore(): Promise<void> {
    this.mode = 'up';
    for (const socket of this.held) socket.destroy();
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    this.mode = 'cut';
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    for (const socket of this.held) socket.destroy();
    if (this.server) await new Promise((resolve) => this.server?.close(resolve));
    this.server = undefined;
  }
}
