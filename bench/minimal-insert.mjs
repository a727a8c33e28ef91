// A floor for writes, for comparison only: Fastify and pg, no framework, one route that takes a
// JSON body and INSERTs it (~300 B) as a prepared statement. Same table as insert.sql's pgbench.
import Fastify from 'fastify';
import pg from 'pg';

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });
const app = Fastify();
app.post('/rows', async (req) => {
  const { rows } = await pool.query({
    name: 'insert_row',
    text: 'INSERT INTO bench_rows (a, b) VALUES ($1, $2) RETURNING id',
    values: [req.body.a, req.body.b],
  });
  return rows[0];
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.send?.('ready');
