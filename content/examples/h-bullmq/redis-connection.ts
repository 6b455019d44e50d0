import type { ConnectionOptions } from "bullmq";

// Where Redis listens: REDIS_URL when set, the local server otherwise.
export function redisConnection(): ConnectionOptions {
  const url = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    // BullMQ workers block on Redis; they need ioredis to retry forever rather than give up.
    maxRetriesPerRequest: null,
  };
}
