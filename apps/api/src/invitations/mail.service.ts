import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP_URL; without one (npm start on a laptop), writes each message to a
 * file under the data folder instead (main.ts says where). Never logs a message's text: it holds
 * a sign-in link.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;
  /** Where mails are written when no mail server is configured. */
  readonly folder: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.folder = config.smtpUrl ? null : path.join(config.dataDir, 'mail');
    this.transport = config.smtpUrl
      ? nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: 4 })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  async send(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    if (!this.folder) return;
    fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^A-Za-z0-9-]/g, '')}.eml`;
    fs.writeFileSync(path.join(this.folder, name), info.message as Buffer, { mode: 0o600 });
  }
}
