import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailCatcher {
  url: string;
  mails: CaughtMail[];
  /** Waits until `n` mails in all have arrived. */
  waitFor(n: number, ms?: number): Promise<CaughtMail[]>;
  /** The secret after # in the sign-in link of a mail. */
  linkOf(mail: CaughtMail): string;
  close(): Promise<void>;
}

/** A real SMTP server in the test's process: the app sends to it as to any mail server; the tests read what arrived. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), ...readMessage(Buffer.concat(chunks).toString('latin1')) });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(n, ms = 20_000) {
      const until = Date.now() + ms;
      while (mails.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      if (mails.length < n) throw new Error(`${mails.length} mail(s) arrived, not ${n}`);
      return mails;
    },
    linkOf(mail) {
      const m = /\/sign-in\/link#([A-Za-z0-9_-]{43})/.exec(mail.text);
      if (!m) throw new Error(`no sign-in link in: ${mail.text}`);
      return m[1];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The subject and the text of a single-part message (quoted-printable or base64, as nodemailer writes them). */
export function readMessage(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const bytes =
    encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : encoding === 'quoted-printable' ? qp(body) : Buffer.from(body, 'latin1');
  const subject = header('Subject').replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_, kind: string, word: string) =>
    (kind.toUpperCase() === 'B' ? Buffer.from(word, 'base64') : qp(word.replace(/_/g, ' '))).toString('utf8'),
  );
  return { subject, text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

const qp = (s: string): Buffer =>
  Buffer.from(
    s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    'latin1',
  );
