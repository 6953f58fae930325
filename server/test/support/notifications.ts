import pg from 'pg';

/** Listens on PostgreSQL channels on a dedicated connection and keeps what arrives, as another process would see it. */
export async function listenTo(
  url: string,
  channels: string[],
): Promise<{ received: { channel: string; payload: string }[]; settle(): Promise<void>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const received: { channel: string; payload: string }[] = [];
  client.on('notification', (message) => received.push({ channel: message.channel, payload: message.payload ?? '' }));
  for (const channel of channels) await client.query(`LISTEN ${channel}`);
  return {
    received,
    // A round trip on the same connection: notifications committed before it have arrived.
    settle: async () => {
      await client.query('select 1');
    },
    close: () => client.end(),
  };
}
